/**
 * Part of `npm run bench` (after bench.ts has built the fixture site into .tmp/fixture-site/): Lighthouse's
 * mobile audit of the home page, a section page, the whole-report page and a traditional-edition section page
 * of that build, served locally,
 * in Debian's Chromium. Prints the four category scores of each page; the target is 100 each. Wall-clock
 * figures vary between runs, so this is a bench, not a test.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';

const PAGES = ['', '2024/1/', '2024/full/', 'hant/2024/1/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const site = await serveSite();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
const failures: string[] = [];
try {
  console.log(['page', ...CATEGORIES].join('\t'));
  for (const path of PAGES) {
    const url = new URL(path, site.url).href;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const scores = CATEGORIES.map((id) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100));
    console.log([`/${path}`, ...scores].join('\t'));
    for (const audit of Object.values(result.lhr.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual') {
        failures.push(`/${path}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
      }
    }
  }
  if (failures.length > 0) console.log(`\nAudits below full marks:\n${failures.join('\n')}`);
} finally {
  chrome.kill();
  await site.close();
}
