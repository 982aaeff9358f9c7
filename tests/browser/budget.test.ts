/**
 * A section page's first load on a phone, measured in Chromium: every request, each response body
 * gzipped at level 9 (deterministic), summed. Search (Pagefind) loads on demand and is not counted.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { SMALL_PHONE, WECHAT_ANDROID_USER_AGENT } from '../support/browser.ts';

const TOTAL_BUDGET = 12 * 1024;
const SCRIPT_BUDGET = 2 * 1024;
const REQUEST_BUDGET = 4;

const gzipped = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;
const isSearch = (url: string): boolean => url.includes('/pagefind/');

interface Load {
  requests: string[];
  failed: string[];
  totalBytes: number;
  scriptBytes: number;
}

describe('a section page is light on a phone', () => {
  const opened = siteInBrowser({ ...SMALL_PHONE, userAgent: WECHAT_ANDROID_USER_AGENT });


  async function firstLoad(path: string): Promise<Load> {
    const page = await opened.browser.context.newPage();
    const requests: string[] = [];
    const failed: string[] = [];
    const sizes: Promise<{ bytes: number; script: number }>[] = [];
    page.on('request', (request) => {
      if (!isSearch(request.url())) requests.push(request.url());
    });
    page.on('response', (response) => {
      if (isSearch(response.url())) return;
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      sizes.push(
        response.body().then((body) => {
          const bytes = gzipped(body);
          return { bytes, script: response.request().resourceType() === 'script' ? bytes : 0 };
        }),
      );
    });
    await page.goto(new URL(path, opened.site.url).href, { waitUntil: 'networkidle' });
    // Scripts written into the page count against the script budget too.
    const inline = await page.$$eval('script:not([src])', (scripts) => scripts.map((script) => script.textContent ?? ''));
    await page.close();
    const measured = await Promise.all(sizes);
    return {
      requests,
      failed,
      totalBytes: measured.reduce((sum, { bytes }) => sum + bytes, 0),
      scriptBytes: measured.reduce((sum, { script }) => sum + script, 0) + inline.reduce((sum, text) => sum + gzipped(text), 0),
    };
  }

  for (const path of ['2024/1/', '2024/2/', '2024/3/', 'hant/2024/1/', 'hant/2024/2/', 'hant/2024/3/']) {
    it(`/${path}: at most ${TOTAL_BUDGET} bytes gzipped, ${SCRIPT_BUDGET} of script, in ${REQUEST_BUDGET} requests`, async () => {
      const load = await firstLoad(path);
      console.log(`/${path}: ${load.requests.length} requests, ${load.totalBytes} B gzip, ${load.scriptBytes} B script gzip`);
      expect(load.failed).toEqual([]);
      expect(load.requests.length).toBeGreaterThanOrEqual(1);
      expect(load.requests.length).toBeLessThanOrEqual(REQUEST_BUDGET);
      expect(load.totalBytes).toBeLessThanOrEqual(TOTAL_BUDGET);
      expect(load.scriptBytes).toBeGreaterThan(0);
      expect(load.scriptBytes).toBeLessThanOrEqual(SCRIPT_BUDGET);
    });
  }

  it('has an icon that costs no request, so the browser asks for no /favicon.ico', async () => {
    const page = await opened.browser.context.newPage();
    await page.goto(new URL('2024/1/', opened.site.url).href);
    const icon = await page.locator('link[rel=icon]').getAttribute('href');
    expect(icon).toMatch(/^data:image\/svg\+xml,/);
    const loads = await page.evaluate(
      (src) => new Promise<boolean>((resolve) => Object.assign(new Image(), { src, onload: () => resolve(true), onerror: () => resolve(false) })),
      icon!,
    );
    expect(loads).toBe(true);
    await page.close();
  });
});
