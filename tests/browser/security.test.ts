/**
 * The built site under its own Content-Security-Policy, sent as a real response header from dist/_headers:
 * every page, a search, and arriving from a result with ?highlight=, with no violation, no console error and
 * no request to anyone but the site. And the search page treats ?q= as text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SMALL_PHONE } from '../support/browser.ts';
import { listPages } from '../support/dist.ts';
import { searchFor } from '../support/search.ts';
import { serveSite } from '../support/server.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

interface Watched {
  page: Page;
  /** CSP violations reported in the page, console errors and uncaught exceptions. */
  problems: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** Records violations as the page reports them, from before its first script runs. */
function recordViolations() {
  const seen: string[] = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
  });
}

describe('under the strict security policy', async () => {
  const pages = await listPages();
  const opened = siteInBrowser(SMALL_PHONE, () => serveSite(undefined, '/', { headersFile: true }));

  async function watch(): Promise<Watched> {
    const page = await opened.browser.context.newPage();
    await page.addInitScript(recordViolations);
    const watched: Watched = { page, problems: [], requests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') watched.problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => watched.problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => watched.requests.push(request.url()));
    return watched;
  }

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  const foreign = (requests: string[]) => requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== new URL(opened.site.url).origin);

  it('every page is sent with the policy and runs without a violation, console error or outside request', async () => {
    const { page, problems, requests } = await watch();
    for (const path of pages) {
      const response = await page.goto(new URL(path, opened.site.url).href);
      expect(response?.headers()['content-security-policy'], path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(response?.headers()['x-content-type-options'], path).toBe('nosniff');
      await page.waitForLoadState('networkidle');
      // The text size control is the inline script readers use most: press it under the policy too.
      if (!path.endsWith('/poster/')) {
        await page.locator('.text-size button[value="x-large"]').click();
        expect(await page.evaluate(() => document.documentElement.dataset['textSize']), path).toBe('x-large');
        await page.locator('.text-size button[value="standard"]').click();
        // Focusing the search box loads Pagefind.
        await page.locator('#site-search-q').focus();
        await page.waitForLoadState('networkidle');
      }
      expect(await violations(page), path).toEqual([]);
    }
    expect(problems).toEqual([]);
    console.log(`CSP: ${pages.length} pages, ${requests.length} requests, ${foreign(requests).length} to other origins`);
    expect(foreign(requests)).toEqual([]);
    await page.close();
  });

  it('a search runs and its result, followed, marks the words on arrival', async () => {
    const { page, problems, requests } = await watch();
    const { results } = await searchFor(page, opened.site.url, '法律顾问');
    expect(results.length).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.locator('ol.search-results a').first().click();
    await page.waitForURL(/\?highlight=/);
    await page.waitForSelector('mark.search-highlight');
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(requests.some((url) => url.includes('pagefind-highlight.js'))).toBe(true);
    expect(requests.some((url) => /\.pagefind$/.test(url)), 'the WebAssembly was loaded').toBe(true);
    expect(foreign(requests)).toEqual([]);
    await page.close();
  });

  it('blocks and reports an inline script the build did not hash (the test can fail)', async () => {
    const { page } = await watch();
    await page.goto(opened.site.url);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "yes"';
      document.body.append(script);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    expect(await page.evaluate(() => document.documentElement.dataset['injected'])).toBeUndefined();
    expect((await violations(page))[0]).toMatch(/^script-src/);
    await page.close();
  });
});

describe('the search page treats ?q= as text', () => {
  const opened = siteInBrowser();

  for (const query of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '<svg onload=alert(1)>']) {
    it(`runs nothing for ${query}`, async () => {
      const page = await opened.browser.context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      const scriptsBefore = await (async () => {
        await page.goto(`${opened.site.url}search/`);
        return page.locator('script').count();
      })();
      const { status } = await searchFor(page, opened.site.url, query);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(status).toContain(query);
      expect(await page.locator('img, svg:not([role=img]), [onerror], [onload]').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(scriptsBefore);
      expect(await page.locator('#search-q').inputValue()).toBe(query);
      expect(await page.title()).toContain(query);
      await page.close();
    });
  }
});
