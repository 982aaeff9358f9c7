/**
 * `npm run bench`: wall-clock and size figures that are not pass/fail tests. It builds the fixture site (the
 * same content whatever content/ holds, so figures compare across years), then measures, in Debian's Chromium
 * against the built site on 127.0.0.1:
 * - the build itself (median of 3 builds),
 * - a first search: bytes loaded (gzip), time to the first result (median of 5 cold runs, each in a fresh
 *   browser profile), and the size of the search index;
 * - the same first search over ten years of reports generated from the newest one (tests/bench/years.ts),
 *   and that build's time.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, SMALL_PHONE } from '../support/browser.ts';
import { buildSite, distDir, FIXTURE_CONTENT, projectRoot } from '../support/project.ts';
import { searchFor } from '../support/search.ts';
import { serveSite } from '../support/server.ts';
import { gzipSize, recordTransfers, settled, totalBytes } from '../support/transfer.ts';
import { builtProjectWithYears, newestReportDir, yearsEndingIn } from './years.ts';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timeBuilds(runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { code, output } = await buildSite(projectRoot, { env: { CONTENT_DIR: FIXTURE_CONTENT }, outDir: distDir });
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

function reportSearch(label: string, query: string, budget: string, { bytes, requests, times }: Awaited<ReturnType<typeof firstSearch>>): void {
  console.log(`${label}: first search for “${query}”: ${kb(bytes)} gzip in ${requests} requests (target ≤ ${budget})`);
  console.log(`${label}: time to first result: median ${median(times).toFixed(0)} ms over ${times.length} cold runs (${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
}

async function main(): Promise<void> {
  const query = '法律顾问';
  const builds = await timeBuilds(3);
  console.log(`build: median ${seconds(median(builds))} (${builds.map(seconds).join(', ')})`);
  reportSearch('1 year', query, '90 KB', await firstSearch(distDir, query));

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
  const started = performance.now();
  const tenYears = await builtProjectWithYears(yearsEndingIn(newest, 10));
  try {
    console.log(`10 years: build (with copying the project) ${seconds(performance.now() - started)}`);
    reportSearch('10 years', query, '110 KB', await firstSearch(path.join(tenYears, 'dist'), query));
  } finally {
    await rm(tenYears, { recursive: true, force: true });
  }
}

await main();
