/** Every page's QR code, as Chromium draws it, read by an independent decoder (jsQR). */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { scanElement } from '../support/qr.ts';
import { expectedQrUrl, isPoster } from '../support/site-pages.ts';
import { listPages } from '../support/dist.ts';

describe('QR codes scan as the page they stand for', async () => {
  const pages = await listPages();
  const opened = siteInBrowser();


  for (const colorScheme of ['light', 'dark'] as const) {
    it(`on every page at 320 px, ${colorScheme} scheme`, async () => {
      const page = await opened.browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      for (const path of pages) {
        await page.goto(new URL(path, opened.site.url).href);
        const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
        const qr = page.locator('svg[role=img]');
        await qr.scrollIntoViewIfNeeded();
        expect(await scanElement(page, qr), path).toBe(expectedQrUrl(path));
        if (!isPoster(path)) expect(canonical, path).toBe(expectedQrUrl(path));
      }
      await page.close();
    });
  }

  it('reads when the code is as small as it is beside the text on a wide screen', async () => {
    const page = await opened.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(new URL('2024/1/', opened.site.url).href);
    expect(await scanElement(page, page.locator('.page-qr svg'))).toBe(expectedQrUrl('2024/1/'));
    await page.close();
  });
});
