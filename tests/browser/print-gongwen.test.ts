/**
 * The whole report printed from Chromium is a 公文 by GB/T 9704-2012, measured in the PDF with poppler's pdftotext:
 * A4 pages, the text in a 156 × 225 mm type area, 28 characters a line and 22 lines a page, page numbers as — 1 —
 * under the type area. The grid comes from the CSS alone, so it holds whichever CJK font the machine has.
 */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { listPages } from '../support/dist.ts';
import { chineseCharacters, linesBetween, mm, mostCommon, readPdf } from '../support/pdf.ts';

const TOP = mm(37);
const BOTTOM = mm(37 + 225);
const LEFT = mm(28);
const RIGHT = mm(28 + 156);

describe('printing as a 公文', () => {
  const opened = siteInBrowser({ viewport: { width: 1280, height: 900 } });

  it('puts the whole report on A4 with 28 characters a line and 22 lines a page', async () => {
    const [year] = (await listPages())
      .map((page) => /^(\d{4})\/full\/$/.exec(page)?.[1])
      .filter((found) => found !== undefined)
      .sort()
      .reverse();
    const page = await opened.browser.context.newPage();
    await page.goto(new URL(`${year}/full/`, opened.site.url).href);
    const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    await page.close();

    expect(pages.length).toBeGreaterThan(1);
    for (const { width, height } of pages) {
      expect(width).toBeCloseTo(mm(210), 0);
      expect(height).toBeCloseTo(mm(297), 0);
    }
    const text = pages.flatMap((p) => p.lines.filter((line) => line.yMin > TOP - 2 && line.yMax < BOTTOM + 2));
    // Lines of Chinese that run to the right edge: the full lines, not a paragraph's last.
    const full = text.filter((line) => line.xMax > RIGHT - mm(3));
    const perLine = mostCommon(full.map((line) => chineseCharacters(line.text)).filter((n) => n !== undefined));
    expect(perLine).toBeGreaterThanOrEqual(27);
    expect(perLine).toBeLessThanOrEqual(29);
    for (const line of text) {
      expect(line.xMin, line.text).toBeGreaterThan(LEFT - 1);
      expect(line.xMax, line.text).toBeLessThan(RIGHT + 1);
    }
    // Every page between the first (title and facts) and the last that the text runs across holds a full type area.
    const lastTextPage = pages.findLastIndex((p) => p.lines.some((line) => line.xMax > RIGHT - mm(3) && line.yMin > TOP - 2));
    const perPage = pages.slice(1, lastTextPage).map((p) => linesBetween(p, TOP - 2, BOTTOM + 2).length);
    for (const lines of perPage) {
      expect(lines).toBeGreaterThanOrEqual(21);
      expect(lines).toBeLessThanOrEqual(23);
    }
    // The line pitch fits 22 lines into the type area, on whatever pages there are.
    const rows = pages.flatMap((p) => linesBetween(p, TOP - 2, BOTTOM + 2).map((y, i, all) => (i === 0 ? 0 : y - all[i - 1]!)));
    const pitch = mostCommon(rows.filter((gap) => gap > 0).map((gap) => Math.round(gap * 10) / 10))!;
    expect(mm(225) / pitch).toBeGreaterThan(21.5);
    expect(mm(225) / pitch).toBeLessThan(22.5);
    pages.forEach((p, i) => {
      const foot = p.lines.filter((line) => line.yMin > BOTTOM + mm(3));
      expect(foot.map((line) => line.text.replace(/\s/g, ''))).toEqual([`—${i + 1}—`]);
    });
    console.info(
      `/${year}/full/ printed: ${pages.length} pages, ${perLine} characters a line, ${perPage.join('/') || '—'} lines on its full pages`,
    );
  });
});
