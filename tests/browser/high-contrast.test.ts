/**
 * 高对比度: axe-core with the AAA rule color-contrast-enhanced (7:1) on every page in both colour schemes,
 * links and focus told apart without colour, and the choice remembered and applied before the first paint.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { listPages } from '../support/dist.ts';
import { runAxe, type Violation } from '../support/axe.ts';
import { CONTRAST_KEY, HIGH_CONTRAST } from '../../src/lib/reading/contrast.ts';

const INTERACTIVE = 'a[href], button, summary, input';

describe('high contrast', async () => {
  const pages = await listPages();
  const opened = siteInBrowser();
  const url = (path: string) => new URL(path, opened.site.url).href;

  async function inHighContrast<T>(colorScheme: 'light' | 'dark', run: (page: Page) => Promise<T>): Promise<T> {
    const page = await opened.browser.context.newPage();
    try {
      await page.emulateMedia({ colorScheme });
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [CONTRAST_KEY, HIGH_CONTRAST]);
      return await run(page);
    } finally {
      await page.close();
    }
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`keeps all text at 7:1 or more on every page, ${colorScheme} scheme: axe with color-contrast-enhanced finds nothing`, () =>
      inHighContrast(colorScheme, async (page) => {
        const found: Record<string, Violation[]> = {};
        const ran = new Set<string>();
        const audit = async (path: string) => {
          expect(await page.evaluate(() => document.documentElement.dataset['contrast']), path).toBe('high');
          await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
          const { violations, passed } = await runAxe(page, ['color-contrast-enhanced']);
          passed.forEach((id) => ran.add(id));
          if (violations.length > 0) found[path] = violations;
        };
        for (const path of pages) {
          await page.goto(url(path));
          await audit(path);
        }
        await page.goto(url('search/?q=法律顾问'));
        await page.waitForSelector('ol[aria-label="搜索结果"] li');
        await audit('search/?q=法律顾问');
        expect(found).toEqual({});
        expect(ran).toContain('color-contrast-enhanced');
      }));

    it(`underlines every link and draws a thick focus ring, ${colorScheme} scheme`, () =>
      inHighContrast(colorScheme, async (page) => {
        for (const path of pages) {
          await page.goto(url(path));
          const links = await page.$$eval('a[href]', (elements) =>
            elements
              .filter((element) => element.checkVisibility())
              .filter((element) => !getComputedStyle(element).textDecorationLine.includes('underline'))
              .map((element) => element.textContent!.trim()),
          );
          expect(links, path).toEqual([]);
        }
        await page.goto(url(pages.find((path) => /^\d{4}\/\d+\/$/.test(path))!));
        const count = await page.$$eval(INTERACTIVE, (elements) => elements.filter((element) => element.checkVisibility()).length);
        for (let i = 0; i < count; i += 1) {
          await page.keyboard.press('Tab');
          const ring = await page.evaluate(() => {
            const style = getComputedStyle(document.activeElement!);
            return { element: document.activeElement!.outerHTML.slice(0, 80), style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
          });
          expect(ring.style, ring.element).toBe('solid');
          expect(ring.width, ring.element).toBeGreaterThanOrEqual(4);
        }
      }));
  }

  it('is switched on and off beside 字号 and kept on the next page, applied before anything of the body is painted', async () => {
    const page = await opened.browser.context.newPage();
    try {
      await page.goto(url('2024/1/'));
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      const contrast = page.getByRole('button', { name: '高对比度' });
      expect(await contrast.getAttribute('aria-pressed')).toBe('false');
      const colours = () =>
        page.evaluate(() => {
          const style = getComputedStyle(document.documentElement);
          return `${style.color} on ${style.backgroundColor}`;
        });
      const before = await colours();
      await contrast.click();
      expect(await contrast.getAttribute('aria-pressed')).toBe('true');
      expect(await colours()).toBe('rgb(0, 0, 0) on rgb(255, 255, 255)');
      expect(before).not.toBe(await colours());

      await page.addInitScript(() => {
        const seen: string[] = [];
        new MutationObserver(() => {
          if (document.body && !seen.includes('body')) seen.push('body');
          if (document.documentElement.dataset['contrast'] && !seen.includes('contrast')) seen.push('contrast');
        }).observe(document, { childList: true, subtree: true, attributes: true });
        Object.assign(window, { seen });
      });
      await page.getByRole('link', { name: /下一章/ }).click();
      await page.waitForURL(url('2024/2/'));
      expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['contrast', 'body']);
      expect(await page.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed')).toBe('true');

      await page.getByRole('button', { name: '高对比度' }).click();
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBeUndefined();
      expect(await colours()).toBe(before);
    } finally {
      await page.close();
    }
  });
});
