/** The traditional edition in Chromium: switching editions keeps the reader's place, and its search. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { searchFor, subsectionOf } from '../support/search.ts';

const opened = siteInBrowser();


describe('switching editions', () => {
  it('leads to the same section and anchor in the other edition, and back', async () => {
    const page = await opened.browser.context.newPage();
    await page.goto(`${opened.site.url}2024/1/#1-3`);
    await page.locator('.edition-switch a').click();
    await page.waitForURL(`${opened.site.url}hant/2024/1/#1-3`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('h2[id="1-3"]').innerText()).toBe('（三）在尊法普法中營造法治環境');
    await page.locator('.edition-switch a').click();
    await page.waitForURL(`${opened.site.url}2024/1/#1-3`);
    expect(await page.locator('h2[id="1-3"]').innerText()).toBe('（三）在尊法普法中营造法治环境');
    await page.close();
  });
});

describe('searching the traditional edition', () => {
  const cases: Array<[string, string]> = [
    ['法律顧問', '1-3'],
    ['法律顾问', '1-3'],
    ['黨紀', '1-2'],
    ['党纪', '1-2'],
    ['著力補短板', '3-1'],
    ['着力补短板', '3-1'],
    ['工傷保險條例', '1-3'],
    ['微信公众号', '3-3'],
  ];

  it('finds the same subsection whichever script the query is typed in', async () => {
    const page = await opened.browser.context.newPage();
    for (const [query, wanted] of cases) {
      const { results } = await searchFor(page, `${opened.site.url}hant/`, query);
      expect(results[0] && subsectionOf(results[0].href), query).toBe(wanted);
      expect(results[0]?.href, query).toMatch(/^\/hant\/2024\//);
    }
    await page.close();
  });

  it('uses its own index, and shows its results in traditional characters', async () => {
    const page = await opened.browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const { status, results } = await searchFor(page, `${opened.site.url}hant/`, '法律顾问');
    expect(requests.filter((p) => p.includes('/pagefind/')).every((p) => p.startsWith('/hant/pagefind/'))).toBe(true);
    expect(status).toContain('找到 1 條');
    expect(results[0]?.title).toBe('（三）在尊法普法中營造法治環境');
    expect(results[0]?.excerptHtml).toContain('<mark>法律顧問</mark>');
    expect(await page.locator('ol.search-results').getAttribute('aria-label')).toBe('搜索結果');
    await page.close();
  });

  it('finds nothing for words that are not in the report', async () => {
    const page = await opened.browser.context.newPage();
    for (const query of ['區塊鏈', '区块链', '疫情防控']) {
      expect((await searchFor(page, `${opened.site.url}hant/`, query)).results, query).toEqual([]);
    }
    await page.close();
  });
});
