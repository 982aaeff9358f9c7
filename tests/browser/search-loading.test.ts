/** How the search page loads: what it fetches, how much, and that nothing on it moves when the results come in. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { launchBrowser, SMALL_PHONE, WECHAT_ANDROID_USER_AGENT } from '../support/browser.ts';
import { searchFor } from '../support/search.ts';
import { recordTransfers, settled, totalBytes } from '../support/transfer.ts';

const opened = siteInBrowser();

const withoutHighlight = (href: string) => href.replace(/\?[^#]*/, '');

describe('loading', () => {
  it('reading pages load no search code, even when the reader focuses the search box', async () => {
    const page = await opened.browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${opened.site.url}2024/1/`);
    await page.locator('#site-search-q').focus();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.includes('pagefind'))).toEqual([]);
    await page.close();
  });

  it('a first search from the header box fetches pagefind.js once, with a host that sends no validators', async () => {
    const fresh = await launchBrowser(SMALL_PHONE);
    try {
      const page = await fresh.context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`${opened.site.url}2024/1/`);
      await page.locator('#site-search-q').fill('法律顾问');
      await page.locator('#site-search-q').press('Enter');
      await page.waitForSelector('ol.search-results > li');
      await page.waitForLoadState('networkidle');
      expect(requests.filter((p) => p.endsWith('/pagefind.js'))).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('the header search box works without JavaScript, leading to the search page', async () => {
    const noScript = await launchBrowser({ ...SMALL_PHONE, javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      await page.goto(`${opened.site.url}2024/2/`);
      await page.locator('#site-search-q').fill('普法');
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=普法');
      expect(await page.locator('noscript').count()).toBe(1);
    } finally {
      await noScript.close();
    }
  });

  it('a search works in WeChat’s in-app browser on a phone', async () => {
    const wechat = await launchBrowser({ ...SMALL_PHONE, userAgent: WECHAT_ANDROID_USER_AGENT });
    try {
      const page = await wechat.context.newPage();
      const { results } = await searchFor(page, opened.site.url, '工伤保险条例');
      expect(results.map((r) => withoutHighlight(r.href))).toEqual(['/2024/1/#1-3']);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await wechat.close();
    }
  });

  for (const [name, viewport] of [['a phone', null], ['a wide screen', { width: 1280, height: 800 }]] as const) {
    it(`nothing on the search page moves when the results come in, on ${name}`, async () => {
      const page = await opened.browser.context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const query of ['法律顾问', '普法', '干部法律素养差', '法律援助']) {
        await searchFor(page, opened.site.url, query);
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts), query).toEqual([]);
      }
      await page.close();
    });
  }

  it('a first search loads at most 90 KB gzip in total', async () => {
    const fresh = await launchBrowser(SMALL_PHONE);
    try {
      const page = await fresh.context.newPage();
      const transfers = recordTransfers(page);
      await searchFor(page, opened.site.url, '法律顾问');
      await page.waitForLoadState('networkidle');
      const total = totalBytes(await settled(transfers));
      console.log(`first search: ${transfers.length} requests, ${(total / 1024).toFixed(1)} KB gzip`);
      expect(total).toBeLessThanOrEqual(90 * 1024);
    } finally {
      await fresh.close();
    }
  });
});
