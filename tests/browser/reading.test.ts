/** Reading the built site in Chromium: on a 320 px phone, on a desktop, and with JavaScript off. */
import { describe, expect, it } from 'vitest';
import { launchBrowser, SMALL_PHONE } from '../support/browser.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const opened = siteInBrowser();

/** Closing punctuation that Chinese typesetting never lets start a line. */
const CLOSING = '，。、；：？！）》」』”’…';

describe('on a 320 px phone', () => {
  it('sets the report text at 16 px or more with line height 1.7 or more, in a Chinese font', async () => {
    const page = await opened.browser.context.newPage();
    await page.goto(`${opened.site.url}2024/1/`);
    const style = await page.$eval('.report-text p', (p) => {
      const s = getComputedStyle(p);
      return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight), family: s.fontFamily };
    });
    expect(style.size).toBeGreaterThanOrEqual(16);
    expect(style.lineHeight / style.size).toBeGreaterThanOrEqual(1.7);
    expect(style.family).toMatch(/PingFang SC.*Microsoft YaHei.*Noto Sans CJK SC/);
    await page.close();
  });

  it('never starts a line with closing punctuation', async () => {
    const page = await opened.browser.context.newPage();
    for (const width of [320, 360, 375, 414]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['2024/', '2024/1/', '2024/2/', '2024/3/', '2024/full/']) {
        await page.goto(opened.site.url + path);
        const badStarts = await page.evaluate((closing) => {
          const found: string[] = [];
          for (const block of document.querySelectorAll('.report-text p, .report-text h2, .report-text h3, h1')) {
            const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
            let lastTop = -Infinity;
            let lines = 0;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? '';
              for (let i = 0; i < text.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rect = range.getClientRects()[0];
                if (!rect) continue;
                if (rect.top > lastTop + rect.height / 2) {
                  lines += 1;
                  if (lines > 1 && closing.includes(text[i]!)) found.push(`${text.slice(Math.max(0, i - 6), i + 4)}`);
                }
                lastTop = Math.max(lastTop, rect.top);
              }
            }
          }
          return found;
        }, CLOSING);
        expect(badStarts, `${path} at ${width}px`).toEqual([]);
      }
    }
    await page.close();
  });
});

describe('with JavaScript off', () => {
  it('every page shows its full content', async () => {
    const browser = await launchBrowser({ ...SMALL_PHONE, javaScriptEnabled: false });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${opened.site.url}2024/full/`);
      const text = await page.locator('article').innerText();
      expect(text).toContain('现将法治政府建设情况报告如下');
      expect(text).toContain('切实维护公平正义的市场环境和社会秩序');
      await page.goto(`${opened.site.url}2024/3/`);
      expect(await page.locator('article h2').count()).toBe(3);
    } finally {
      await browser.close();
    }
  });
});
