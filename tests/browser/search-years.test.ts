/**
 * Search over many years: a throw-away copy of the project with ten generated years of reports
 * (tests/bench/years.ts), built for real. Between equally good matches the newer year comes first, the year
 * filter narrows to one year, and a first search loads the text of the results shown only.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtProjectWithYears, yearsEndingIn } from '../bench/years.ts';
import { launchBrowser, SMALL_PHONE } from '../support/browser.ts';
import { searchFor, subsectionOf } from '../support/search.ts';
import { serveSite } from '../support/server.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { recordTransfers, settled, totalBytes } from '../support/transfer.ts';

const YEARS = yearsEndingIn(2030, 10);
let projectDir = '';
const opened = siteInBrowser(SMALL_PHONE, async () => {
  projectDir = await builtProjectWithYears(YEARS);
  return serveSite(path.join(projectDir, 'dist'));
});
afterAll(() => rm(projectDir, { recursive: true, force: true }));

const yearOf = (href: string) => /\/(\d{4})\//.exec(href)?.[1];
const fragments = (urls: string[]) => urls.filter((url) => url.includes('/pagefind/fragment/'));

describe(`search over ${YEARS.length} years`, () => {
  it('lists the newer year first between equally good matches', async () => {
    const page = await opened.browser.context.newPage();
    const { results } = await searchFor(page, opened.site.url, '法律顾问');
    expect(results.map((r) => yearOf(r.href))).toEqual(YEARS.map(String).reverse());
    expect(new Set(results.map((r) => subsectionOf(r.href)))).toEqual(new Set(['1-3']));
    await page.close();
  });

  it('keeps the year filter', async () => {
    const page = await opened.browser.context.newPage();
    const { results } = await searchFor(page, opened.site.url, '法律顾问', '2025');
    expect(results.map((r) => r.href.replace(/\?[^#]*/, ''))).toEqual(['/2025/1/#1-3']);
    await page.close();
  });

  it('loads the text of the results shown only, the next ones when the reader asks, and at most 110 KB', async () => {
    const fresh = await launchBrowser(SMALL_PHONE);
    try {
      const page = await fresh.context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const transfers = recordTransfers(page);
      const { results } = await searchFor(page, opened.site.url, '普法');
      await page.waitForLoadState('networkidle');
      const bytes = totalBytes(await settled(transfers));
      console.log(`first search over ${YEARS.length} years: ${requests.length} requests, ${(bytes / 1024).toFixed(1)} KB gzip`);
      expect(bytes).toBeLessThanOrEqual(110 * 1024);
      expect(fragments(requests)).toHaveLength(results.length);
      expect(requests.filter((url) => url.endsWith('/pagefind.js'))).toHaveLength(1);

      await page.locator('.search-more').click();
      await page.waitForFunction((shown) => document.querySelectorAll('ol.search-results > li').length > shown, results.length);
      const shownNow = await page.locator('ol.search-results > li').count();
      expect(fragments(requests)).toHaveLength(shownNow);
    } finally {
      await fresh.close();
    }
  });
});
