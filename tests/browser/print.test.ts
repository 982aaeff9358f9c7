/** Printing from Chromium: A4 pages, no navigation or controls, the online version's QR code and URL at the end. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { launchBrowser } from '../support/browser.ts';
import { expectedQrUrl } from '../support/site-pages.ts';

/** Page sizes in points from a PDF's MediaBox entries, one per page. */
function pageSizes(pdf: Buffer): [number, number][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, w, h]) => [Number(w), Number(h)]);
}

const A4 = [595, 842];

describe('printing', () => {
  const opened = siteInBrowser({ viewport: { width: 1280, height: 900 } });


  it('prints the whole report on A4 portrait pages, without navigation or controls, ending with the online version', async () => {
    const page = await opened.browser.context.newPage();
    await page.goto(new URL('2024/full/', opened.site.url).href);
    const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
    expect(sizes.length).toBeGreaterThan(2);
    for (const [width, height] of sizes) {
      expect(width).toBeCloseTo(A4[0]!, -1);
      expect(height).toBeCloseTo(A4[1]!, -1);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav:visible, button:visible, header:visible, footer:visible').count()).toBe(0);
    expect(await page.locator('h1').isVisible()).toBe(true);
    const end = page.locator('main :is(p, svg):visible').last();
    expect(await end.textContent()).toContain(expectedQrUrl('2024/full/'));
    expect(await page.locator('main svg[role=img]').isVisible()).toBe(true);
    const headings = await page.$$eval('h2, h3', (elements) => elements.map((element) => getComputedStyle(element).breakAfter));
    expect(new Set(headings)).toEqual(new Set(['avoid']));
    await page.close();
  });

  for (const path of ['2024/poster/', '2024/1/poster/']) {
    it(`prints /${path} on exactly one A4 portrait sheet`, async () => {
      const page = await opened.browser.context.newPage();
      await page.goto(new URL(path, opened.site.url).href);
      const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
      expect(sizes).toHaveLength(1);
      expect(sizes[0]![0]).toBeCloseTo(A4[0]!, -1);
      expect(sizes[0]![1]).toBeCloseTo(A4[1]!, -1);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('a:visible').count()).toBe(0);
      expect(await page.locator('body').textContent()).toContain(expectedQrUrl(path));
      await page.close();
    });
  }

  it('offers 打印本页 on reading pages, which opens the print dialogue', async () => {
    const page = await opened.browser.context.newPage();
    // Headless Chromium has no print dialogue: a stand-in records that the page asked for one.
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    for (const path of ['2024/', '2024/1/', '2024/full/', 'hant/2024/1/']) {
      await page.goto(new URL(path, opened.site.url).href);
      const button = page.getByRole('button', { name: /打印本[页頁]/ });
      expect(await button.isVisible(), path).toBe(true);
      await button.click();
      expect(await page.locator('html').getAttribute('data-printed'), path).toBe('yes');
    }
    for (const path of ['', 'search/']) {
      await page.goto(new URL(path, opened.site.url).href);
      expect(await page.getByRole('button', { name: '打印本页' }).count(), path).toBe(0);
    }
    await page.close();
  });

  it('shows no 打印本页 button without JavaScript, where it could not work', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      await page.goto(new URL('2024/1/', opened.site.url).href);
      expect(await page.getByRole('button', { name: '打印本页' }).isVisible()).toBe(false);
    } finally {
      await noScript.close();
    }
  });
});
