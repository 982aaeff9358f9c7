/**
 * `npm run bench`: wall-clock and size figures that are not pass/fail tests. It builds the fixture site (the
 * same content whatever content/ holds, so figures compare across years), then measures, in Debian's Chromium
 * against the built site on 127.0.0.1:
 * - the build itself (median of 3 builds),
 * - a first search: bytes loaded (gzip), time to the first result (median of 5 cold runs, each in a fresh
 *   browser profile), and the size of the search index;
 * - scale: ten years of reports generated from the newest one (tests/bench/years.ts), against that one year:
 *   build time (median of 3; target ten years in at most 3 times one year's), the same first search (target
 *   ≤ 110 KB), and the newest year's first section page, first load (target: unchanged).
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, SMALL_PHONE } from '../support/browser.ts';
import { buildSite, distDir, FIXTURE_CONTENT, projectRoot } from '../support/project.ts';
import { searchFor } from '../support/search.ts';
import { serveSite } from '../support/server.ts';
import { gzipSize, recordTransfers, settled, totalBytes } from '../support/transfer.ts';
import { newestReportDir, projectWithYears, yearsEndingIn } from './years.ts';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Times builds of the fixture site into .tmp/fixture-site/, or of a copy of the project into its own dist/. */
async function timeBuilds(runs: number, copy?: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { code, output } =
      copy === undefined
        ? await buildSite(projectRoot, { env: { CONTENT_DIR: FIXTURE_CONTENT }, outDir: distDir })
        : await buildSite(copy);
    if (code !== 0) throw new Error(output);
    times.push(performance.now() - started);
  }
  return times;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  const files: string[] = [];
  for (const entry of entries) if ((await stat(path.join(dir, entry))).isFile()) files.push(path.join(dir, entry));
  return files;
}

/** A first search on the site built in `dist`, in 5 fresh browsers: bytes and requests of the last, times of all. */
async function firstSearch(dist: string, query: string): Promise<{ bytes: number; requests: number; times: number[] }> {
  const site = await serveSite(dist);
  const times: number[] = [];
  let bytes = 0;
  let requests = 0;
  try {
    for (let run = 0; run < 5; run++) {
      const browser = await launchBrowser(SMALL_PHONE);
      const page = await browser.context.newPage();
      const transfers = recordTransfers(page);
      const started = performance.now();
      await searchFor(page, site.url, query);
      times.push(performance.now() - started);
      await page.waitForLoadState('networkidle');
      bytes = totalBytes(await settled(transfers));
      requests = transfers.length;
      await browser.close();
    }
  } finally {
    await site.close();
  }
  return { bytes, requests, times };
}

/** A page's first load in a fresh phone browser: bytes (gzip) and requests. */
async function firstLoad(dist: string, pagePath: string): Promise<{ bytes: number; requests: number }> {
  const site = await serveSite(dist);
  const browser = await launchBrowser(SMALL_PHONE);
  try {
    const page = await browser.context.newPage();
    const transfers = recordTransfers(page);
    await page.goto(`${site.url}${pagePath}`, { waitUntil: 'networkidle' });
    return { bytes: totalBytes(await settled(transfers)), requests: transfers.length };
  } finally {
    await browser.close();
    await site.close();
  }
}

function reportSearch(label: string, query: string, budget: string, { bytes, requests, times }: Awaited<ReturnType<typeof firstSearch>>): void {
  console.log(`${label}: first search for “${query}”: ${kb(bytes)} gzip in ${requests} requests (target ≤ ${budget})`);
  console.log(`${label}: time to first result: median ${median(times).toFixed(0)} ms over ${times.length} cold runs (${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
}

async function main(): Promise<void> {
  const query = '法律顾问';
  const builds = await timeBuilds(3);
  console.log(`build: median ${seconds(median(builds))} (${builds.map(seconds).join(', ')})`);
  const oneYearSearch = await firstSearch(distDir, query);
  reportSearch('1 year', query, '90 KB', oneYearSearch);

  const pagefindFiles = await filesUnder(path.join(distDir, 'pagefind'));
  let raw = 0;
  let gzip = 0;
  for (const file of pagefindFiles) {
    const body = await readFile(file);
    raw += body.length;
    gzip += gzipSize(body);
  }
  const indexChunks = pagefindFiles.filter((f) => f.includes(`${path.sep}index${path.sep}`));
  const fragments = pagefindFiles.filter((f) => f.includes(`${path.sep}fragment${path.sep}`));
  console.log(`search index: ${pagefindFiles.length} files, ${kb(raw)} on disk, ${kb(gzip)} gzip; ${indexChunks.length} index chunk(s), ${fragments.length} fragments`);

  const newest = Number(path.basename(await newestReportDir()));
  const section = `${newest}/1/`;
  const oneYearSection = await firstLoad(distDir, section);
  const tenYears = await projectWithYears(yearsEndingIn(newest, 10));
  try {
    const tenBuilds = await timeBuilds(3, tenYears);
    console.log(`10 years: build: median ${seconds(median(tenBuilds))} (${tenBuilds.map(seconds).join(', ')})`);
    const dist = path.join(tenYears, 'dist');
    const search = await firstSearch(dist, query);
    reportSearch('10 years', query, '110 KB', search);
    const load = await firstLoad(dist, section);
    const ratio = (one: number, ten: number) => (ten / one).toFixed(2);
    console.log(`scale, 10 years against 1: build ×${ratio(median(builds), median(tenBuilds))} (target ≤ 3)`);
    console.log(`scale, 10 years against 1: first search ${kb(oneYearSearch.bytes)} → ${kb(search.bytes)}, ×${ratio(oneYearSearch.bytes, search.bytes)} (target ≤ 110 KB)`);
    console.log(
      `scale, 10 years against 1: /${section} first load ${kb(oneYearSection.bytes)} in ${oneYearSection.requests} → ` +
        `${kb(load.bytes)} in ${load.requests} requests, ×${ratio(oneYearSection.bytes, load.bytes)} (target: unchanged)`,
    );
  } finally {
    await rm(tenYears, { recursive: true, force: true });
  }
}

await main();
