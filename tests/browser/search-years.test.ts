/**
 * Search over many years: a throw-away copy of the project with ten years of reports generated from the
 * newest one (tests/bench/years.ts), built for real. Between equally good matches the newer year comes first,
 * the year filter narrows to one year, and a first search loads the text of the results shown only. The query
 * is the template's first subsection heading, which every generated year holds word for word.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFile, readdir, rm } from 'node:fs/promises';
import { builtProjectWithYears, newestReportDir, yearsEndingIn } from '../bench/years.ts';
import { launchBrowser, SMALL_PHONE } from '../support/browser.ts';
import { searchFor, subsectionOf } from '../support/search.ts';
import { serveSite } from '../support/server.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { recordTransfers, settled, totalBytes } from '../support/transfer.ts';

const YEARS = yearsEndingIn(2040, 10);
/** 法治 is in most subsections of any 法治政府建设 report: more than a page (ten) of results over the years. */
const COMMON_WORD = '法治';
let projectDir = '';
let query = '';
let anchor = '';
const opened = siteInBrowser(SMALL_PHONE, async () => {
  const template = await newestReportDir();
  const firstSection = (await readdir(template)).filter((file) => /^\d+\.mdx$/.test(file)).sort()[0]!;
  const text = await readFile(path.join(template, firstSection), 'utf8');
  query = /^## (.+)$/m.exec(text)![1]!;
  anchor = `${firstSection.replace('.mdx', '')}-1`;
  projectDir = await builtProjectWithYears(YEARS, template);
  return serveSite(path.join(projectDir, 'dist'));
});
afterAll(() => rm(projectDir, { recursive: true, force: true }));

const yearOf = (href: string) => /\/(\d{4})\//.exec(href)?.[1];
const fragments = (urls: string[]) => urls.filter((url) => url.includes('/pagefind/fragment/'));

describe(`search over ${YEARS.length} years`, () => {
  it('lists the newer year first between equally good matches', async () => {
    const page = await opened.browser.context.newPage();
    const { results } = await searchFor(page, opened.site.url, query);
    expect(results.map((r) => yearOf(r.href))).toEqual(YEARS.map(String).reverse());
    expect(new Set(results.map((r) => subsectionOf(r.href)))).toEqual(new Set([anchor]));
    await page.close();
  });

  it('keeps the year filter', async () => {
    const page = await opened.browser.context.newPage();
    const year = String(YEARS[3]);
    const { results } = await searchFor(page, opened.site.url, query, year);
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => yearOf(r.href))).toEqual(results.map(() => year));
    expect(subsectionOf(results[0]!.href)).toBe(anchor);
    await page.close();
  });

  it('loads at most 110 KB in a first search, pagefind.js once and the text of the results shown only', async () => {
    const fresh = await launchBrowser(SMALL_PHONE);
    try {
      const page = await fresh.context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const transfers = recordTransfers(page);
      const { results } = await searchFor(page, opened.site.url, query);
      await page.waitForLoadState('networkidle');
      const bytes = totalBytes(await settled(transfers));
      console.log(`first search over ${YEARS.length} years: ${requests.length} requests, ${(bytes / 1024).toFixed(1)} KB gzip`);
      expect(bytes).toBeLessThanOrEqual(110 * 1024);
      expect(fragments(requests)).toHaveLength(results.length);
      expect(requests.filter((url) => url.endsWith('/pagefind.js'))).toHaveLength(1);
      await page.close();
    } finally {
      await fresh.close();
    }
  });

  it('lists ten results at first, loading their text only, and the next ones when the reader asks', async () => {
    const fresh = await launchBrowser(SMALL_PHONE);
    try {
      const page = await fresh.context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const { results } = await searchFor(page, opened.site.url, COMMON_WORD);
      expect(results).toHaveLength(10);
      expect(fragments(requests)).toHaveLength(10);
      await page.locator('.search-more').click();
      await page.waitForFunction(() => document.querySelectorAll('ol.search-results > li').length > 10);
      expect(fragments(requests)).toHaveLength(await page.locator('ol.search-results > li').count());
    } finally {
      await fresh.close();
    }
  });
});
