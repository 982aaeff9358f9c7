/**
 * The picture a shared link shows (og:image): 1200 × 630, drawn at build time from the report's title, issuers
 * and year. The layout is plain SVG made here; src/lib/publishing/render-png.ts turns it into a PNG with a font
 * from an npm package, so the build needs no network and no font on the machine.
 */
import { escapeMarkup } from './escape-markup.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

const MARGIN = 80;
const TEXT_WIDTH = SHARE_IMAGE_WIDTH - 2 * MARGIN;
const TITLE_SIZE = 60;
const TITLE_LEADING = 84;
const COLUMN_SIZE = 40;
const BYLINE_SIZE = 34;

const RED = '#a31b1b';
const INK = '#1b1b1b';
const MUTED = '#3d4449';

export interface ShareCard {
  /** The column, in red above a rule, as the 红头 of a 公文. */
  column: string;
  title: string;
  issuers: string;
  year: string;
  /** The family name of the font the renderer is given. */
  fontFamily: string;
}

/** Width of text in em: Chinese characters and full-width punctuation are square, digits and Latin letters narrow. */
export function textWidthEm(text: string): number {
  return [...text].reduce((sum, char) => sum + (/[\u0020-\u007e]/.test(char) ? 0.56 : 1), 0);
}

/**
 * Splits a line of Chinese into lines no wider than `maxEm`, of balanced width, never inside a number or a
 * Latin word, never between a number and the character after it (2024年), never before closing punctuation.
 */
export function wrapText(text: string, maxEm: number): string[] {
  const tokens = text.match(/[\u0021-\u007e]+|./gu) ?? [];
  const lineCount = Math.max(1, Math.ceil(textWidthEm(text) / maxEm));
  const target = Math.min(maxEm, textWidthEm(text) / lineCount + 1);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const joined = /^[，。、；：！？）》」”’]/u.test(token) || /[\u0021-\u007e]$/.test(line);
    if (line !== '' && !joined && textWidthEm(line + token) > target && lines.length < lineCount - 1) {
      lines.push(line);
      line = '';
    }
    line += token;
  }
  lines.push(line);
  return lines;
}

/** The card as SVG: the column and a red rule, the title, then the issuers and the year. */
export function shareCardSvg(card: ShareCard): string {
  const titleLines = wrapText(card.title, TEXT_WIDTH / TITLE_SIZE);
  const titleTop = 250;
  const bylineY = titleTop + (titleLines.length - 1) * TITLE_LEADING + 90;
  const text = (x: number, y: number, size: number, weight: number, fill: string, words: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeMarkup(words)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE_WIDTH}" height="${SHARE_IMAGE_HEIGHT}" font-family="${escapeMarkup(card.fontFamily)}">`,
    `<rect width="${SHARE_IMAGE_WIDTH}" height="${SHARE_IMAGE_HEIGHT}" fill="#ffffff"/>`,
    text(MARGIN, 118, COLUMN_SIZE, 700, RED, card.column),
    `<rect x="${MARGIN}" y="146" width="${TEXT_WIDTH}" height="5" fill="${RED}"/>`,
    ...titleLines.map((line, i) => text(MARGIN, titleTop + i * TITLE_LEADING, TITLE_SIZE, 700, INK, line)),
    text(MARGIN, bylineY, BYLINE_SIZE, 400, MUTED, card.issuers),
    text(MARGIN, bylineY + 56, BYLINE_SIZE, 400, MUTED, `${card.year}年度`),
    `<rect y="${SHARE_IMAGE_HEIGHT - 24}" width="${SHARE_IMAGE_WIDTH}" height="24" fill="${RED}"/>`,
    '</svg>',
  ].join('');
}
