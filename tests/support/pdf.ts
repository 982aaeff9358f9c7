/**
 * Reads a PDF the way a reader's eye does, with poppler's pdftotext (-bbox-layout): its pages, and on each the
 * lines of text with their positions in points. What a test measures of a printed page comes from here.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export interface PdfLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

/** Millimetres to PDF points. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

/** Every page of the PDF with its lines of text, top to bottom. */
export async function readPdf(pdf: Buffer): Promise<PdfPage[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fzbg-pdf-'));
  try {
    const file = path.join(dir, 'page.pdf');
    await writeFile(file, pdf);
    await promisify(execFile)('pdftotext', ['-bbox-layout', file, path.join(dir, 'page.html')]);
    const tree = fromHtml(await readFile(path.join(dir, 'page.html'), 'utf8'));
    const number = (value: unknown): number => Number(value);
    return selectAll('page', tree).map((page) => ({
      width: number(page.properties['width']),
      height: number(page.properties['height']),
      lines: selectAll('line', page)
        .map((line) => ({
          text: selectAll('word', line).map((word) => toText(word)).join(''),
          xMin: number(line.properties['xmin']),
          xMax: number(line.properties['xmax']),
          yMin: number(line.properties['ymin']),
          yMax: number(line.properties['ymax']),
        }))
        .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin),
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Lines a page holds: lines of text at different heights, those within the band given (in points from the top). */
export function linesBetween(page: PdfPage, top: number, bottom: number): number[] {
  const rows: number[] = [];
  for (const line of page.lines) {
    const middle = (line.yMin + line.yMax) / 2;
    if (middle < top || middle > bottom) continue;
    if (!rows.some((row) => Math.abs(row - middle) < 4)) rows.push(middle);
  }
  return rows;
}

/** The characters of a line of Chinese text, full-width punctuation included; undefined if any character is not. */
export function chineseCharacters(text: string): number | undefined {
  const characters = [...text.replace(/\s/g, '')];
  return characters.every((c) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u.test(c)) ? characters.length : undefined;
}

/** The most frequent value: what most lines hold, whatever a paragraph's short last line holds. */
export function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}
