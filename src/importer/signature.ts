/**
 * The close of a report: the issuer on the short line above a date among its last few paragraphs, and
 * whatever follows the date (a web page's QR caption), which is not the report.
 */
import { parseChineseDate } from '../lib/report/dates.ts';
import { headingOf, isShortLine, NUMBERED_ITEM } from './headings.ts';
import { isLine, type Block, type Line } from './lines.ts';

export interface Signature {
  issuer: string | undefined;
  date: string | undefined;
  /** Where the report's body ends: the index of the signature's first line. */
  end: number;
  /** What follows the date: not the report. */
  after: Block[];
}

/** Without a date, a short last line that is neither a heading nor a sentence is still taken for the issuer. */
export function readSignature(blocks: Block[], firstSection: number): Signature {
  const dateLine = blocks.findLastIndex(
    (block, index) => index > firstSection && isLine(block) && parseChineseDate(block.text),
  );
  const found = dateLine !== -1 && blocks.length - dateLine <= 4;
  const end = found ? dateLine : blocks.length;
  const before = blocks[end - 1];
  const issuer =
    before &&
    end - 1 > firstSection &&
    isLine(before) &&
    isShortLine(before.text) &&
    !headingOf(before) &&
    !NUMBERED_ITEM.test(before.text)
      ? before.text
      : undefined;
  return {
    issuer,
    date: found ? parseChineseDate((blocks[dateLine] as Line).text) : undefined,
    end: issuer ? end - 1 : end,
    after: found ? blocks.slice(dateLine + 1) : [],
  };
}
