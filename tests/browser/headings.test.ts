/**
 * No heading or title ends with one character alone on its last line (孤字), on every page at phone, tablet
 * and desktop widths, on the posters, and in print; measured from the line boxes Chromium lays out. Once as
 * shipped (lines balanced), and once with balancing switched off, as in a browser without text-wrap: balance,
 * where the characters held together in the markup must do the work alone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { SMALL_PHONE } from '../support/browser.ts';
import { listPages } from '../support/dist.ts';
import { TEXT_SIZE_KEY } from '../../src/lib/reading/text-size.ts';

const WIDTHS = [320, 360, 390, 768, 1280];
/** The width of the text on A4 in print: 210 mm less the margins of print.css (26 + 28 mm) and of a poster (2 × 20 mm). */
const PRINT_WIDTH = { page: Math.floor(((210 - 54) / 25.4) * 96), poster: Math.floor(((210 - 40) / 25.4) * 96) };
const TITLES = 'h1, h2, h3, h4, h5, h6, .title';

/** Each visible heading or title that runs over more than one line, with the characters on its last line. */
function lastLines(page: Page, selector: string): Promise<{ text: string; lastLine: string }[]> {
  return page.$$eval(selector, (elements) => {
    // Marks that cannot begin a line go with the characters before them and do not count as characters here.
    const closing = /[，。、；：？！”’）》」』…—·\s]/u;
    return elements
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const lines: { top: number; characters: string }[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (!node.parentElement!.checkVisibility()) continue;
          for (let i = 0; i < node.data.length; i += 1) {
            if (/\s/.test(node.data[i]!)) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            const line = lines.at(-1);
            if (line && box.top < line.top + box.height / 2) line.characters += node.data[i];
            else lines.push({ top: box.top, characters: node.data[i]! });
          }
        }
        return { text: element.textContent!.trim(), lines: lines.map((line) => line.characters.replace(closing, '')) };
      })
      .filter(({ lines }) => lines.length > 1)
      .map(({ text, lines }) => ({ text, lastLine: lines.at(-1)! }));
  });
}

describe('no lone character on the last line of a heading or title', async () => {
  const pages = await listPages();
  // Balancing is switched off with a stylesheet of the test's own, which the site's CSP would refuse.
  const opened = siteInBrowser({ ...SMALL_PHONE, bypassCSP: true });
  const url = (path: string) => new URL(path, opened.site.url).href;

  async function lonely(page: Page, path: string, balanced: boolean): Promise<string[]> {
    await page.goto(url(path));
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    if (!balanced) await page.addStyleTag({ content: '* { text-wrap-style: auto !important; }' });
    const measured = await lastLines(page, TITLES);
    return measured.filter(({ lastLine }) => [...lastLine].length < 2).map(({ text, lastLine }) => `${text} → ${lastLine}`);
  }

  for (const balanced of [true, false]) {
    const how = balanced ? 'as shipped' : 'without text-wrap: balance';
    // The markup fallback does not depend on the text size; balancing is checked at the smallest and largest.
    for (const size of balanced ? ['standard', 'x-large'] : ['standard']) {
      it(`on every page at ${WIDTHS.join(', ')} px, text size ${size}, ${how}`, async () => {
        const page = await opened.browser.context.newPage();
        await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [TEXT_SIZE_KEY, size]);
        const found: string[] = [];
        let measured = 0;
        try {
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 800 });
            for (const path of pages) {
              for (const problem of await lonely(page, path, balanced)) found.push(`${width}px /${path}: ${problem}`);
              measured += 1;
            }
          }
        } finally {
          await page.close();
        }
        expect(measured).toBe(WIDTHS.length * pages.length);
        expect(found).toEqual([]);
      });
    }

    it(`in print and on the posters, ${how}`, async () => {
      const page = await opened.browser.context.newPage();
      const found: string[] = [];
      try {
        await page.emulateMedia({ media: 'print' });
        for (const path of pages) {
          await page.setViewportSize({ width: path.endsWith('/poster/') ? PRINT_WIDTH.poster : PRINT_WIDTH.page, height: 1123 });
          for (const problem of await lonely(page, path, balanced)) found.push(`print /${path}: ${problem}`);
        }
      } finally {
        await page.close();
      }
      expect(found).toEqual([]);
    });
  }

  it('finds a lone character where one is: the measurement can fail', async () => {
    const page = await opened.browser.context.newPage();
    try {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.setContent('<h1 style="inline-size: 13em; font-size: 20px">新荣经济技术开发区年度报告书</h1>');
      expect(await lastLines(page, 'h1')).toEqual([{ text: '新荣经济技术开发区年度报告书', lastLine: '书' }]);
    } finally {
      await page.close();
    }
  });
});
