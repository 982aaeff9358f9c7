/** Every page's QR code, as Chromium draws it, read by an independent decoder (jsQR). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, SMALL_PHONE, type Browser } from '../support/browser.ts';
import { serveSite, type StaticSite } from '../support/server.ts';
import { scan } from '../support/qr.ts';
import { expectedQrUrl, isPoster } from '../support/site-pages.ts';
import { listPages } from '../support/dist.ts';

/** A screenshot of an element, decoded to RGBA pixels by Chromium's own PNG decoder, then read by jsQR. */
async function scanElement(page: Page, element: Locator): Promise<string | undefined> {
  const png = (await element.screenshot()).toString('base64');
  const { width, height, data } = await page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, data: [...context.getImageData(0, 0, bitmap.width, bitmap.height).data] };
  }, png);
  return scan(Uint8ClampedArray.from(data), width, height);
}

describe('QR codes scan as the page they stand for', async () => {
  const pages = await listPages();
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser(SMALL_PHONE);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`on every page at 320 px, ${colorScheme} scheme`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      for (const path of pages) {
        await page.goto(new URL(path, site.url).href);
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
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(new URL('2024/1/', site.url).href);
    expect(await scanElement(page, page.locator('.page-qr svg'))).toBe(expectedQrUrl('2024/1/'));
    await page.close();
  });
});
