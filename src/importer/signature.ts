/**
 * The close of a report: its issuers (one, or several for a joint report, each on its line or side by side)
 * above the date among its last few paragraphs, or laid out in a last table that holds only those lines; and
 * whatever follows the date, which is not the report.
 */
import { parseChineseDate } from '../lib/report/dates.ts';
import { OFFICE } from './gongwen-parts.ts';
import { headingOf, isNumbered, isShortLine } from './headings.ts';
import { isLine, type Block, type Line } from './lines.ts';

export interface Signature {
  issuers: string[];
  date: string | undefined;
  /** Where the report's body ends: the index of the signature's first line. */
  end: number;
  /** What follows the date: not the report. */
  after: Block[];
}

/** More issuers than this above a date are not a signature. */
const MAX_ISSUERS = 6;

const isSignatureLine = (text: string): boolean =>
  isShortLine(text) && !isNumbered(text) && !headingOf({ text, emphasized: '' }) && !parseChineseDate(text);

/**
 * The issuers on the lines that end just before `end`, nearest last: the nearest is any short bare line, as
 * a single issuer always was; the ones above it must be offices, so that a short last paragraph of the
 * report is never taken for an issuer.
 */
function issuersAbove(blocks: Block[], end: number, firstSection: number): { issuers: string[]; lines: number } {
  const issuers: string[] = [];
  let lines = 0;
  for (let i = end - 1; i > firstSection && issuers.length < MAX_ISSUERS; i -= 1) {
    const block = blocks[i];
    if (!block || !isLine(block) || !isSignatureLine(block.text)) break;
    const side = sideBySide(block);
    if (issuers.length > 0 && !side.every((issuer) => OFFICE.test(issuer))) break;
    issuers.unshift(...side);
    lines += 1;
  }
  return { issuers, lines };
}

/** Offices set side by side on one line, by alignment spaces or by one space: each is an issuer. */
function sideBySide(line: Line): string[] {
  const pieces = line.columns ?? line.text.split(' ');
  return pieces.length > 1 && pieces.every((piece) => OFFICE.test(piece) && piece.length >= 4) ? pieces : [line.text];
}

/** A last table of offices and a date only, laid out side by side or one under another: a signature. */
function tableSignature(blocks: Block[], firstSection: number): Signature | undefined {
  const table = blocks.at(-1);
  if (!table || isLine(table) || blocks.length - 1 <= firstSection) return undefined;
  const lines = table.rows.flat().flatMap((cell) => cell.split('\n')).filter((line) => line !== '');
  const dates = lines.filter((line) => parseChineseDate(line));
  const issuers = lines.filter((line) => !parseChineseDate(line));
  if (dates.length !== 1 || !issuers.every((line) => isSignatureLine(line) && OFFICE.test(line))) return undefined;
  return { issuers, date: parseChineseDate(dates[0]!), end: blocks.length - 1, after: [] };
}

/** Without a date, short bare last lines are still taken for the issuers. */
export function readSignature(blocks: Block[], firstSection: number): Signature {
  const table = tableSignature(blocks, firstSection);
  if (table) return table;
  const dateLine = blocks.findLastIndex(
    (block, index) => index > firstSection && isLine(block) && parseChineseDate(block.text),
  );
  // The date closes the document when at most a few lines follow it, or only short ones (附注, a web page's lines).
  const found =
    dateLine !== -1 &&
    (blocks.length - dateLine <= 4 || blocks.slice(dateLine + 1).every((block) => isLine(block) && isShortLine(block.text)));
  const end = found ? dateLine : blocks.length;
  const { issuers, lines } = issuersAbove(blocks, end, firstSection);
  return {
    issuers,
    date: found ? parseChineseDate((blocks[dateLine] as Line).text) : undefined,
    end: end - lines,
    after: found ? blocks.slice(dateLine + 1) : [],
  };
}
