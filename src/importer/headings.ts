/**
 * The numbering that 公文 put before headings and items, in its order of levels: 一、 → （一） → 1. (or 1、)
 * → （1）. Sections are always 一、; the levels under them come from the styles the document actually uses,
 * so a report that goes from 一、 straight to 1、 has 1、 as its subsections. A heading's title is split from
 * the text run in after it.
 */
import { parseChineseNumeral, subsectionLabel } from '../lib/report/numbering.ts';
import type { ContentBlock } from './imported-report.ts';
import { cellText, isLine, normalizeParagraph, type Block, type Line } from './lines.ts';

const NUMERAL = '[一二三四五六七八九十]+';

/** The numbering styles under a section, outermost first. */
export const STYLES = ['（一）', '1.', '（1）'] as const;
export type Style = (typeof STYLES)[number];

interface Numbered {
  style: Style | '一、';
  number: number;
  /** The label as typed: 一、 （二） 3. */
  label: string;
  rest: string;
}

const PATTERNS: { style: Numbered['style']; pattern: RegExp; number: (digits: string) => number | undefined }[] = [
  { style: '一、', pattern: new RegExp(`^(${NUMERAL})、\\s*(.*)$`), number: parseChineseNumeral },
  { style: '（一）', pattern: new RegExp(`^（(${NUMERAL})）\\s*(.*)$`), number: parseChineseNumeral },
  // 1. 1． 1、 — but not 1.5亿元, which starts a sentence with a number.
  { style: '1.', pattern: /^(\d{1,2})[.．、](?!\d)\s*(.*)$/, number: Number },
  { style: '（1）', pattern: /^（(\d{1,2})）\s*(.*)$/, number: Number },
];

function numbered(text: string): Numbered | undefined {
  for (const { style, pattern, number } of PATTERNS) {
    const match = pattern.exec(text);
    const n = match && number(match[1] ?? '');
    if (match && n) return { style, number: n, label: text.slice(0, text.length - (match[2] ?? '').length), rest: match[2] ?? '' };
  }
  return undefined;
}

/** Which style numbers the subsections and which the items of a report, from the lines of its body. */
export interface Levels {
  subsection: Style;
  item: Style | undefined;
}

export const LABELS: Record<Style, (n: number) => string> = {
  '（一）': subsectionLabel,
  '1.': (n) => `${n}.`,
  '（1）': (n) => `（${n}）`,
};

/** The styles the body uses, in their order of levels: the first is the subsection level, the next the items'. */
export function documentLevels(body: Block[]): Levels {
  const used = new Set(body.flatMap((block) => (isLine(block) ? [numbered(block.text)?.style] : [])));
  const [subsection = '（一）', item] = STYLES.filter((style) => used.has(style));
  return { subsection, item: subsection === '（一）' && !used.has('1.') && !used.has('（1）') ? '1.' : item };
}

/** The longest run-in heading that is still a heading and not the first sentence of a paragraph. */
const MAX_HEADING_LENGTH = 50;

export type Heading = { level: 'section' | 'subsection'; number: number; title: string; body: string };

const trimHeadingEnd = (text: string): string => text.trim().replace(/[。；：:]+$/, '');

/**
 * A heading line split into its title and the text run in after it. The emphasized opening words say
 * where the heading ends; without them (plain text) it ends at the first 。 of a short first sentence.
 */
function splitHeading(rest: string, line: HeadingLine, label: string): { title: string; body: string } {
  const emphasized = normalizeParagraph(line.emphasized);
  if (emphasized.length > label.length && line.text.startsWith(emphasized) && emphasized.length < line.text.length) {
    return { title: trimHeadingEnd(emphasized.slice(label.length)), body: line.text.slice(emphasized.length).trim() };
  }
  const stop = rest.indexOf('。');
  if (stop > 0 && stop < rest.length - 1 && stop <= MAX_HEADING_LENGTH) {
    return { title: rest.slice(0, stop), body: rest.slice(stop + 1).trim() };
  }
  return { title: trimHeadingEnd(rest), body: '' };
}

/** What reading a heading needs of a line: its text and the opening words its font set apart. */
type HeadingLine = Pick<Line, 'text' | 'emphasized'>;

const DEFAULT_LEVELS: Levels = { subsection: '（一）', item: '1.' };

/** The line as a section or subsection heading, at the levels the document uses. */
export function headingOf(line: HeadingLine, levels: Levels = DEFAULT_LEVELS): Heading | undefined {
  const found = numbered(line.text);
  if (!found || found.rest === '') return undefined;
  const level = found.style === '一、' ? 'section' : found.style === levels.subsection ? 'subsection' : undefined;
  if (!level) return undefined;
  return { level, number: found.number, ...splitHeading(found.rest, line, found.label) };
}

/** A line numbered in the style of the document's items (1. unless the document uses 1. for its subsections). */
export function isItem(text: string, levels: Levels = DEFAULT_LEVELS): boolean {
  return numbered(text)?.style === levels.item;
}

export function contentBlock(block: Block | HeadingLine, levels: Levels = DEFAULT_LEVELS): ContentBlock {
  if ('kind' in block) return { kind: 'table', rows: block.rows.map((row) => row.map(cellText)) };
  const { text } = block;
  const item = numbered(text);
  return item && item.style === levels.item ? { kind: 'item', number: item.number, text } : { kind: 'paragraph', text };
}

/** A line that starts with numbering of any level: a heading or a numbered item. */
export const isNumbered = (text: string): boolean => numbered(text) !== undefined;

/** A line too short and too bare to be a sentence of the report: a title, an issuer, a date. */
export function isShortLine(text: string): boolean {
  return text.length <= 60 && !/[。；！？]/.test(text);
}
