/**
 * `npm run bench`, scale: ten years of reports as long as the newest report in content/ (tests/bench/years.ts),
 * measured against one year in the same way, each in a temporary copy of the project:
 * - build time, median of 3 builds (target: ten years in at most 3 times one year's);
 * - bytes for a first search, gzip, in a fresh browser (target: at most 110 KB);
 * - a section page's first load, gzip and requests (target: unchanged).
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, SMALL_PHONE } from '../support/browser.ts';
import { buildSite, copyProject } from '../support/project.ts';
import { searchFor } from '../support/search.ts';
import { serveSite } from '../support/server.ts';
import { recordTransfers, settled, totalBytes } from '../support/transfer.ts';
import { newestReportDir, writeYears, yearsEndingIn } from './years.ts';

const RUNS = 3;
const QUERY = '法律顾问';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const requests = (n: number) => `${n} request${n === 1 ? '' : 's'}`;

interface Measures {
  buildMs: number;
  searchBytes: number;
  searchRequests: number;
  sectionBytes: number;
  sectionRequests: number;
}

/** A copy of the project whose reports are exactly the generated `years`; the site's other content stays. */
async function projectWithYears(years: number[], template: string): Promise<string> {
  const dir = await copyProject();
  const content = path.join(dir, 'content');
  for (const name of await readdir(content)) {
    if (/^\d{4}$/.test(name)) await rm(path.join(content, name), { recursive: true });
  }
  await writeYears(content, years, template);
  return dir;
}

/** What a fresh phone browser loads for `visit`, gzip, and in how many requests. */
async function firstLoad(visit: (page: import('playwright-core').Page) => Promise<unknown>): Promise<[number, number]> {
  const browser = await launchBrowser(SMALL_PHONE);
  try {
    const page = await browser.context.newPage();
    const transfers = recordTransfers(page);
    await visit(page);
    await page.waitForLoadState('networkidle');
    const settledTransfers = await settled(transfers);
    return [totalBytes(settledTransfers), settledTransfers.length];
  } finally {
    await browser.close();
  }
}

async function measure(years: number[], template: string): Promise<Measures> {
  const dir = await projectWithYears(years, template);
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const { code, output } = await buildSite(dir);
      if (code !== 0) throw new Error(`build of ${years.length} generated years failed:\n${output}`);
      times.push(performance.now() - started);
    }
    const site = await serveSite(path.join(dir, 'dist'));
    try {
      const newest = years.at(-1);
      const [searchBytes, searchRequests] = await firstLoad((page) => searchFor(page, site.url, QUERY));
      const [sectionBytes, sectionRequests] = await firstLoad((page) => page.goto(`${site.url}${newest}/1/`));
      return { buildMs: median(times), searchBytes, searchRequests, sectionBytes, sectionRequests };
    } finally {
      await site.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const template = await newestReportDir();
  const last = Number(path.basename(template));
  const one = await measure([last], template);
  const ten = await measure(yearsEndingIn(last, 10), template);
  const ratio = (a: number, b: number) => (b / a).toFixed(2);
  console.log(`scale: 1 year against 10 years, each as long as the ${last} report`);
  console.log(
    `build: ${(one.buildMs / 1000).toFixed(1)} s against ${(ten.buildMs / 1000).toFixed(1)} s, median of ${RUNS}: ` +
      `ratio ${ratio(one.buildMs, ten.buildMs)} (target ≤ 3)`,
  );
  console.log(
    `first search for “${QUERY}”: ${kb(one.searchBytes)} in ${requests(one.searchRequests)} against ` +
      `${kb(ten.searchBytes)} in ${requests(ten.searchRequests)}: ratio ${ratio(one.searchBytes, ten.searchBytes)} (target ≤ 110 KB)`,
  );
  console.log(
    `section page /${last}/1/ first load: ${kb(one.sectionBytes)} in ${requests(one.sectionRequests)} against ` +
      `${kb(ten.sectionBytes)} in ${requests(ten.sectionRequests)}: ratio ${ratio(one.sectionBytes, ten.sectionBytes)} (target: unchanged)`,
  );
}

await main();
