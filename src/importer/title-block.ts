/**
 * The front of a document, before its first section: the 版头 (GB/T 9704-2012 §7.2), the title, the 主送机关 and
 * the opening paragraphs, with whatever a web page put around them. The title is the line or lines that read as
 * the title of a yearly report (a year, and 报告 at the end), wherever they stand; what stands above it is the 版头
 * or the web page's, and a title repeated below it, in whatever form, is dropped once.
 */
import { parseChineseDate } from '../lib/report/dates.ts';
import { contentBlock, headingOf, isNumbered, isShortLine } from './headings.ts';
import {
  documentNumberIn,
  isAddressee,
  isCopyNumber,
  isOrganMark,
  isRule,
  isSigner,
  isUrgency,
  type FoundPart,
  type GongwenPart,
} from './gongwen-parts.ts';
import type { ContentBlock, ImportWarning } from './imported-report.ts';
import { isLine, type Block, type Line } from './lines.ts';
import * as messages from './messages.ts';
import { secrecyMarking } from './secrecy.ts';
import { ImportError } from './source.ts';
import { isWebFurniture, titleKey, unframed } from './web-furniture.ts';

export interface Front {
  title: string;
  /** ISO date written under the title, if any. */
  date: string | undefined;
  /** The 发文字号 of the 版头, if any. */
  documentNumber: string | undefined;
  /** The opening paragraphs, between the title (and 主送机关) and the first section. */
  rest: Block[];
  /** Notes on the title (数据截至……), kept with the opening's. */
  notes: string[];
  /** The web page's lines, and the title repeated: not the report. */
  dropped: string[];
  /** The 版头's parts, the title and the 主送机关, in order. */
  parts: FoundPart[];
}

/** A title is at most three short lines: 新荣经济技术开发区 / 2025年法治政府建设 / 年度报告. */
const TITLE_LINES = 3;
const YEAR = /(\d{4}|[〇○零一二三四五六七八九]{4})年/;
const ENDS_AS_REPORT = /报告(（[^）]*）)?$/;

const textOf = (block: Block | undefined): string | undefined =>
  block !== undefined && isLine(block) ? unframed(block.text) : undefined;

/** The part a line above the title is, by its form; undefined for a line that is none. */
function headPart(line: Line): GongwenPart | undefined {
  const pieces = line.columns ?? [line.text];
  if (isCopyNumber(line.text)) return '份号';
  if (secrecyMarking(line.text) || pieces.some((piece) => secrecyMarking(piece))) return '密级和保密期限';
  if (isUrgency(line.text)) return '紧急程度';
  if (documentNumberIn(pieces)) return '发文字号';
  if (isSigner(line.text)) return '签发人';
  if (isRule(line.text)) return '版头分隔线';
  if (isOrganMark(line.text) && !ENDS_AS_REPORT.test(line.text)) return '发文机关标志';
  return undefined;
}

const isTitleLine = (block: Block | undefined): boolean => {
  const text = textOf(block);
  return text !== undefined && text !== '' && isShortLine(text) && !parseChineseDate(text) && !isWebFurniture(text);
};

/**
 * The title's lines, [start, end): ending in 报告, and reaching up for the year when the line with 报告 lacks
 * it, then once more for the office or area a title that opens with the year or 关于 names above it.
 */
function titleRange(front: Block[]): { start: number; end: number } | undefined {
  let fallback: { start: number; end: number } | undefined;
  for (let end = 0; end < front.length; end += 1) {
    const text = textOf(front[end]);
    if (text === undefined || !isTitleLine(front[end]) || !ENDS_AS_REPORT.test(text)) continue;
    let start = end;
    const joined = () => front.slice(start, end + 1).map(textOf).join('');
    const canReach = (i: number) =>
      i >= 0 && end - i < TITLE_LINES && isTitleLine(front[i]) && !ENDS_AS_REPORT.test(textOf(front[i])!) && !headPart(front[i] as Line);
    while (!YEAR.test(joined()) && canReach(start - 1)) start -= 1;
    if (/^(\d{4}|[〇○零一二三四五六七八九]{4}|关于)/.test(joined()) && canReach(start - 1)) start -= 1;
    if (YEAR.test(joined())) return { start, end: end + 1 };
    fallback ??= { start, end: end + 1 };
  }
  return fallback;
}

/** The lines above the title: the 版头's parts, by form, and the web page's lines. A 密级 refuses the document. */
function readHead(above: Block[], parts: FoundPart[], dropped: string[]): string | undefined {
  let documentNumber: string | undefined;
  for (const block of above) {
    if (!isLine(block)) {
      dropped.push(block.rows.flat().join(' '));
      continue;
    }
    const part = headPart(block);
    if (part === '密级和保密期限') throw new ImportError(messages.secretDocument(block.paragraph, block.text));
    if (!part) {
      dropped.push(block.text);
      continue;
    }
    parts.push({ part, text: block.text, paragraph: block.paragraph });
    if (part === '发文字号') {
      documentNumber = documentNumberIn(block.columns ?? [block.text]);
      const signer = block.columns?.find(isSigner);
      if (signer) parts.push({ part: '签发人', text: signer, paragraph: block.paragraph });
    }
  }
  return documentNumber;
}

/**
 * How many lines from `at` repeat the title, as one line, framed or not, or broken over up to three
 * lines; 0 when they do not.
 */
function repeatedTitle(blocks: Block[], at: number, title: string): number {
  const key = titleKey(title);
  let joined = '';
  for (let n = 1; n <= TITLE_LINES && at + n <= blocks.length; n += 1) {
    const text = textOf(blocks[at + n - 1]);
    if (text === undefined) return 0;
    joined += titleKey(text);
    if (joined === key) return n;
    if (!key.startsWith(joined)) return 0;
  }
  return 0;
}

export function readFront(front: Block[], warnings: ImportWarning[]): Front {
  const parts: FoundPart[] = [];
  const dropped: string[] = [];
  let range = titleRange(front);
  if (!range) {
    const first = front.findIndex((block) => isTitleLine(block) && !headPart(block as Line));
    if (first === -1) throw new ImportError(messages.noTitle());
    warnings.push(messages.titleWithoutReport(textOf(front[first])!));
    range = { start: first, end: first + 1 };
  }
  const documentNumber = readHead(front.slice(0, range.start), parts, dropped);
  const titleLines = front.slice(range.start, range.end) as Line[];
  const title = titleLines.map((line) => unframed(line.text)).join('');
  parts.push({ part: '标题', text: title, paragraph: titleLines[0]!.paragraph });
  const underTitle = textOf(front[range.end]);
  const date = underTitle === undefined ? undefined : parseChineseDate(underTitle);
  const rest: Block[] = [];
  let addressed = false;
  for (let i = date ? range.end + 1 : range.end; i < front.length; i += 1) {
    const block = front[i]!;
    const repeats = repeatedTitle(front, i, title);
    if (repeats > 0) {
      dropped.push(front.slice(i, i + repeats).map(textOf).join(''));
      i += repeats - 1;
    } else if (isLine(block) && rest.length === 0 && !addressed && isAddressee(block.text)) {
      parts.push({ part: '主送机关', text: block.text, paragraph: block.paragraph });
      addressed = true;
    } else if (isLine(block) && isWebFurniture(block.text)) {
      dropped.push(block.text);
    } else rest.push(block);
  }
  const notes = titleLines.flatMap((line) => line.notes ?? []);
  return { title, date, documentNumber, rest, notes, dropped, parts };
}

/** The report's year: the one given with --year, else the one in its title. */
export function readYear(title: string, given: string | undefined, warnings: ImportWarning[]): string {
  const titleYear = /(\d{4})年/.exec(title)?.[1];
  const year = given ?? titleYear;
  if (!year) throw new ImportError(messages.noYear(title));
  if (given && titleYear && given !== titleYear) warnings.push(messages.yearDiffersFromTitle(given, titleYear));
  return year;
}

/** The paragraphs between the title and the first section; a heading among them belongs nowhere and is flagged. */
export function readOpening(blocks: Block[], warnings: ImportWarning[]): ContentBlock[] {
  const opening = blocks.map((block) => {
    if (isLine(block) && (headingOf(block) || isNumbered(block.text))) {
      warnings.push({ ...messages.headingBeforeFirstSection(block.text), paragraph: block.paragraph });
    }
    return contentBlock(block);
  });
  if (opening.length === 0) warnings.push(messages.noOpening());
  return opening;
}
