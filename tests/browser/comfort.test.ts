/** Reading comfort on a small phone: text size, no sideways scrolling, touch targets, contrast, keyboard. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { launchBrowser, SMALL_PHONE } from '../support/browser.ts';
import { listPages } from '../support/dist.ts';
import { contrastRatio, parseColor } from '../support/contrast.ts';

const INTERACTIVE = 'a[href], button, summary, input, select, textarea';

describe('reading on a phone', async () => {
  const pages = await listPages();
  const opened = siteInBrowser();
  const url = (path: string) => new URL(path, opened.site.url).href;


  async function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
    const page = await opened.browser.context.newPage();
    try {
      return await run(page);
    } finally {
      await page.close();
    }
  }

  const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const pressed = (page: Page) => page.locator('button[aria-pressed=true]').allTextContents();

  it('lets the reader choose 特大 and keeps it on the next page', () =>
    withPage(async (page) => {
      await page.goto(url('2024/1/'));
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      const standard = await rootFontSize(page);
      expect(await pressed(page)).toEqual(['标准']);
      await page.getByRole('button', { name: '大', exact: true }).click();
      const large = await rootFontSize(page);
      await page.getByRole('button', { name: '特大' }).click();
      const extraLarge = await rootFontSize(page);
      expect(large).toBeGreaterThan(standard);
      expect(extraLarge).toBeGreaterThan(large);
      await page.getByRole('link', { name: /下一章/ }).click();
      await page.waitForURL(url('2024/2/'));
      expect(await rootFontSize(page)).toBe(extraLarge);
      expect(await pressed(page)).toEqual(['特大']);
      await page.getByRole('button', { name: '标准' }).click();
      await page.reload();
      expect(await rootFontSize(page)).toBe(standard);
    }));

  it('applies the stored size before anything of the body is there to paint', () =>
    withPage(async (page) => {
      await page.addInitScript(() => {
        localStorage.setItem('fzbg-text-size', 'x-large');
        const seen: string[] = [];
        new MutationObserver(() => {
          if (document.body && !seen.includes('body')) seen.push('body');
          if (document.documentElement.dataset['textSize'] && !seen.includes('size')) seen.push('size');
        }).observe(document, { childList: true, subtree: true, attributes: true });
        Object.assign(window, { seen });
      });
      await page.goto(url('2024/3/'));
      expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['size', 'body']);
    }));

  it('hides the text size buttons without JavaScript and still shows the whole text', async () => {
    const noScript = await launchBrowser({ ...SMALL_PHONE, javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      await page.goto(url('2024/1/'));
      expect(await page.locator('.text-size button').count()).toBe(3);
      expect(await page.locator('.text-size button:visible').count()).toBe(0);
      await expect.poll(() => page.locator('article p:visible').count()).toBeGreaterThan(3);
      await page.getByText('目录', { exact: true }).click();
      expect(await page.locator('details[open] a:visible').count()).toBeGreaterThan(3);
    } finally {
      await noScript.close();
    }
  });

  it('never scrolls sideways at 320 px with 特大 text, menus open', () =>
    withPage(async (page) => {
      await page.addInitScript(() => localStorage.setItem('fzbg-text-size', 'x-large'));
      for (const path of pages) {
        await page.goto(url(path));
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        expect(await rootFontSize(page), path).toBe(24);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(clientWidth, path).toBe(320);
        expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
      }
    }));

  it('makes every link, button and menu at least 44 × 44 px to touch, by CSS minimum sizes', () =>
    withPage(async (page) => {
      await page.addInitScript(() => localStorage.setItem('fzbg-text-size', 'standard'));
      for (const path of pages) {
        await page.goto(url(path));
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        // The box, and what guarantees it whatever font draws the text: a minimum size in both directions on an
        // element that is not inline (where minimum sizes do not apply). A form field is as wide as its container.
        const small = await page.$$eval(INTERACTIVE, (elements) =>
          elements
            .filter((element) => element.checkVisibility())
            .map((element) => {
              const style = getComputedStyle(element);
              const box = element.getBoundingClientRect();
              const minimum = (value: string) => (value.endsWith('px') ? parseFloat(value) : 0);
              const byCss =
                style.display !== 'inline' &&
                minimum(style.minBlockSize) >= 44 &&
                (minimum(style.minInlineSize) >= 44 || (element.matches('input') && style.flexGrow !== '0'));
              return { text: element.textContent?.trim(), box, byCss, style: `${style.display} ${style.minInlineSize}×${style.minBlockSize}` };
            })
            .filter(({ box, byCss }) => box.width < 44 || box.height < 44 || !byCss)
            .map(({ text, box, style }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)} (${style})`),
        );
        expect(small, path).toEqual([]);
      }
    }));

  it('sets body text at 24 px or more at 特大 on a 390 px phone, lines 1.5 apart, paragraphs further apart', () =>
    withPage(async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.addInitScript(() => localStorage.setItem('fzbg-text-size', 'x-large'));
      for (const path of pages.filter((page) => /^(hant\/)?\d{4}\/(\d+\/|full\/)?$/.test(page))) {
        await page.goto(url(path));
        const paragraphs = await page.$$eval('.report-text p:not([data-pagefind-ignore])', (elements) =>
          elements
            .filter((element) => element.checkVisibility())
            .map((element) => {
              const style = getComputedStyle(element);
              const range = document.createRange();
              range.selectNodeContents(element);
              const lines = [...range.getClientRects()].map((rect) => rect.top);
              const next = element.nextElementSibling?.matches('p') ? element.nextElementSibling : null;
              const nextRange = document.createRange();
              if (next) nextRange.selectNodeContents(next);
              return {
                text: element.textContent!.slice(0, 12),
                fontSize: parseFloat(style.fontSize),
                lineHeight: parseFloat(style.lineHeight),
                // From the top of a paragraph's last line to the top of the next paragraph's first line.
                acrossBreak: next ? nextRange.getClientRects()[0]!.top - Math.max(...lines) : undefined,
              };
            }),
        );
        expect(paragraphs.length, path).toBeGreaterThan(0);
        for (const { text, fontSize, lineHeight, acrossBreak } of paragraphs) {
          expect(fontSize, `${path} ${text}`).toBeGreaterThanOrEqual(24);
          expect(lineHeight / fontSize, `${path} ${text}`).toBeGreaterThanOrEqual(1.5);
          if (acrossBreak !== undefined) expect(acrossBreak / lineHeight, `${path} ${text}`).toBeGreaterThanOrEqual(1.3);
        }
      }
    }));

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`keeps text at 4.5:1 contrast or more, ${colorScheme} scheme`, () =>
      withPage(async (page) => {
        await page.emulateMedia({ colorScheme });
        for (const path of pages) {
          await page.goto(url(path));
          await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
          // Each element with text of its own: its colour and the first opaque background behind it.
          const pairs = await page.$$eval('body *', (elements) =>
            elements
              .filter((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()))
              .filter((element) => element.checkVisibility())
              .map((element) => {
                let background = 'rgba(0, 0, 0, 0)';
                for (let at: Element | null = element; at && /rgba\(.*, 0\)$/.test(background); at = at.parentElement) {
                  background = getComputedStyle(at).backgroundColor;
                }
                if (/rgba\(.*, 0\)$/.test(background)) background = getComputedStyle(document.documentElement).backgroundColor;
                return { text: element.textContent!.trim().slice(0, 20), color: getComputedStyle(element).color, background };
              }),
          );
          // Visited links are coloured by a variable that getComputedStyle does not reveal on links.
          const visited = await page.evaluate(() => {
            const style = getComputedStyle(document.documentElement);
            return { color: style.getPropertyValue('--color-link-visited'), background: style.backgroundColor };
          });
          expect(pairs.length, path).toBeGreaterThan(3);
          for (const { text, color, background } of [...pairs, { text: '已访问的链接', ...visited }]) {
            const ratio = contrastRatio(parseColor(color), parseColor(background));
            expect(ratio, `${path} “${text}” ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
          }
        }
      }));
  }

  it('moves focus in reading order, with a visible focus ring, starting at the skip link', () =>
    withPage(async (page) => {
      await page.goto(url('2024/1/'));
      await page.locator('body').focus();
      const expected = await page.$$eval(INTERACTIVE, (elements) =>
        elements.filter((element) => element.checkVisibility() || element.matches('.skip-link')).map((element) => element.outerHTML),
      );
      const reached: string[] = [];
      for (let i = 0; i < expected.length; i += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement!;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return { html: element.outerHTML, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, onScreen: box.bottom > 0 && box.right > 0 };
        });
        expect(focus.ring, `${i} ${focus.html.slice(0, 120)}`).toBe(true);
        expect(focus.onScreen, focus.html).toBe(true);
        reached.push(focus.html);
      }
      expect(reached).toEqual(expected);
      expect(reached[0]).toContain('跳到正文');
    }));
});
