/**
 * Part of `npm run bench` (after bench.ts has built the fixture site into .tmp/fixture-site/): Lighthouse's
 * mobile audit of the home page, a section page, the whole-report page, a traditional-edition section page and
 * the search page with a query, of that build served locally as a real host serves it (gzip, validators, the
 * _headers policy), in Debian's Chromium. Prints the four category scores of each page, the median of 3 runs;
 * the target is 100 each (98 for the search page's performance), and the search page's timings. Wall-clock
 * figures vary between runs, so this is a bench, not a test.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';

const SEARCH_PAGE = `search/?q=${encodeURIComponent('法律顾问')}`;
const PAGES = ['', '2024/1/', '2024/full/', 'hant/2024/1/', SEARCH_PAGE];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TIMINGS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
const RUNS = 3;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const site = await serveSite(undefined, '/', { headersFile: true, likeRealHost: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
const failures = new Set<string>();
try {
  console.log(['page', ...CATEGORIES].join('\t'));
  for (const path of PAGES) {
    const url = new URL(path, site.url).href;
    const scores: number[][] = [];
    const timings: number[][] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      scores.push(CATEGORIES.map((id) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100)));
      timings.push(TIMINGS.map((id) => result.lhr.audits[id]?.numericValue ?? 0));
      for (const audit of Object.values(result.lhr.audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual') {
          failures.add(`/${decodeURI(path)}: ${audit.id}`);
        }
      }
    }
    console.log([`/${decodeURI(path)}`, ...CATEGORIES.map((_, i) => median(scores.map((s) => s[i]!)))].join('\t'));
    if (path === SEARCH_PAGE) {
      const [fcp, lcp, tbt, cls] = TIMINGS.map((_, i) => median(timings.map((t) => t[i]!)));
      console.log(`  search page, median of ${RUNS}: FCP ${fcp!.toFixed(0)} ms, LCP ${lcp!.toFixed(0)} ms, TBT ${tbt!.toFixed(0)} ms, CLS ${cls!.toFixed(3)}`);
    }
  }
  if (failures.size > 0) console.log(`\nAudits below full marks in some run:\n${[...failures].join('\n')}`);
} finally {
  chrome.kill();
  await site.close();
}
