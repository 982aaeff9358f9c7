/**
 * What a shared link and a home-screen icon show: a 1200 × 630 PNG for every page of report text, drawn at build
 * time with the report's words legible, never loaded by the page itself; the site's icons in the sizes asked for.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { listPages, readPage, select, selectAll } from '../support/dist.ts';
import { distDir } from '../support/project.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const MAX_SHARE_IMAGE_BYTES = 80 * 1024;

const attr = (element: Element | undefined, name: string): string => String(element?.properties[name] ?? '');

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): [number, number] {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The file in dist/ that an absolute URL of the site points at. */
const fileOf = (url: string): string => path.join(distDir, new URL(url).pathname);

/** Pages that show report text: a report, its sections and its whole text, in either edition. */
const showsReportText = (page: string): boolean => /^(hant\/)?\d{4}\/(\d+\/|full\/)?$/.test(page);

describe('share images', () => {
  it('every page of report text has a 1200 × 630 PNG of at most 80 KB, with its size, description and a large card', async () => {
    const pages = (await listPages()).filter(showsReportText);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const tree = await readPage(page);
      const meta = (property: string) => attr(select(`meta[property="${property}"]`, tree), 'content');
      const bytes = await readFile(fileOf(meta('og:image')));
      expect(pngSize(bytes), page).toEqual([1200, 630]);
      expect(bytes.length, page).toBeLessThanOrEqual(MAX_SHARE_IMAGE_BYTES);
      expect([meta('og:image:width'), meta('og:image:height')], page).toEqual(['1200', '630']);
      expect(meta('og:image:alt'), page).toContain(page.startsWith('hant/') ? '年度報告' : '年度报告');
      expect(attr(select('meta[name="twitter:card"]', tree), 'content'), page).toBe('summary_large_image');
    }
  });

  const opened = siteInBrowser({ viewport: { width: 1280, height: 900 } });

  it('draws the title legibly: dark strokes over a fair share of the title area', async () => {
    const [report] = (await listPages()).filter((page) => /^\d{4}\/$/.test(page));
    const tree = await readPage(report!);
    const image = attr(select('meta[property="og:image"]', tree), 'content');
    const page = await opened.browser.context.newPage();
    await page.goto(new URL(report!, opened.site.url).href);
    const shares = await page.evaluate(async (src) => {
      const picture = new Image();
      picture.src = src;
      await picture.decode();
      const canvas = new OffscreenCanvas(picture.naturalWidth, picture.naturalHeight);
      const context = canvas.getContext('2d')!;
      context.drawImage(picture, 0, 0);
      const darkShare = (x: number, y: number, width: number, height: number) => {
        const { data } = context.getImageData(x, y, width, height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark += 1;
        return dark / (width * height);
      };
      // The title's lines, and the empty band between the red rule and the title.
      return { title: darkShare(80, 190, 1040, 160), gap: darkShare(80, 156, 1040, 20) };
    }, new URL(new URL(image).pathname, opened.site.url).href);
    await page.close();
    expect(shares.title).toBeGreaterThan(0.08);
    expect(shares.gap).toBeLessThan(0.01);
  });

  it('is never loaded by the pages themselves, nor are the icons', async () => {
    const page = await opened.browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const [section] = (await listPages()).filter((p) => /^\d{4}\/\d+\/$/.test(p));
    await page.goto(new URL(section!, opened.site.url).href, { waitUntil: 'networkidle' });
    await page.close();
    expect(requested.filter((pathname) => /\.(png|ico)$/.test(pathname))).toEqual([]);
  });
});

describe('icons', () => {
  it('has a 180 × 180 apple-touch-icon, linked from every page', async () => {
    expect(pngSize(await readFile(path.join(distDir, 'apple-touch-icon.png')))).toEqual([180, 180]);
    for (const page of await listPages()) {
      expect(attr(select('link[rel="apple-touch-icon"]', await readPage(page)), 'href'), page).toBe('/apple-touch-icon.png');
    }
  });

  it('has a favicon.ico holding a 32 × 32 PNG', async () => {
    const ico = await readFile(path.join(distDir, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(pngSize(ico.subarray(ico.readUInt32LE(18)))).toEqual([32, 32]);
  });

  it('has an SVG icon, the one every page carries inline so that it costs no request', async () => {
    const svg = await readFile(path.join(distDir, 'icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 16 16"/);
    expect((await stat(path.join(distDir, 'icon.svg'))).size).toBeLessThan(1024);
    const icons = selectAll('link[rel="icon"]', await readPage(''));
    expect(icons.map((link) => attr(link, 'href'))).toEqual([`data:image/svg+xml,${encodeURIComponent(svg.trim())}`]);
  });
});
