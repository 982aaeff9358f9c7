/**
 * The front of a report, before its first section: the title (the short line that says 报告, with the short
 * lines of the same title above it), an optional date under it, then the opening paragraphs. The year comes
 * from the title line, never from a date a web page put above it.
 */
import { parseChineseDate } from '../lib/report/dates.ts';
import { contentBlock, headingOf, isNumbered, isShortLine } from './headings.ts';
import type { ContentBlock, ImportWarning } from './imported-report.ts';
import { isLine, type Block } from './lines.ts';
import * as messages from './messages.ts';
import { ImportError } from './source.ts';

export interface TitleBlock {
  title: string;
  /** ISO date written under the title, if any. */
  date: string | undefined;
  /** The opening paragraphs, between the title block and the first section. */
  rest: Block[];
  /** Notes on the title (数据截至……), kept with the opening's. */
  notes: string[];
  /** Lines above the title, and the title repeated, as a web page shows them: not the report. */
  dropped: string[];
}

/** How far down a title may start: below a few lines a web page puts above it. */
const TITLE_SEARCH = 6;
/** A title is at most three short lines: 新荣经济技术开发区 / 2025年法治政府建设 / 年度报告. */
const TITLE_LINES = 3;

const isTitleLine = (block: Block | undefined): boolean =>
  block !== undefined && isLine(block) && isShortLine(block.text) && !parseChineseDate(block.text);

export function readTitleBlock(front: Block[], warnings: ImportWarning[]): TitleBlock {
  let start = 0;
  let end = front.findIndex((block, i) => i < TITLE_SEARCH && isTitleLine(block) && isLine(block) && block.text.includes('报告'));
  if (end !== -1) {
    start = end;
    while (start > 0 && end - start < TITLE_LINES - 1 && isTitleLine(front[start - 1])) start -= 1;
    end += 1;
  } else if (isTitleLine(front[0])) {
    end = 1;
    warnings.push(messages.titleWithoutReport((front[0] as { text: string }).text));
  } else {
    end = 0;
  }
  const title = front
    .slice(start, end)
    .map((b) => (isLine(b) ? b.text : ''))
    .join('');
  if (title === '') throw new ImportError(messages.noTitle());
  const above = front.slice(0, start).map((b) => (isLine(b) ? b.text : b.rows.flat().join(' ')));
  const underTitle = front[end];
  const date = underTitle && isLine(underTitle) ? parseChineseDate(underTitle.text) : undefined;
  const after = front.slice(date ? end + 1 : end);
  const repeated = after.filter((b) => isLine(b) && b.text === title).map(() => title);
  const rest = after.filter((b) => !(isLine(b) && b.text === title));
  const notes = front.slice(start, end).flatMap((b) => (isLine(b) ? (b.notes ?? []) : []));
  return { title, date, rest, notes, dropped: [...above, ...repeated] };
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
      warnings.push(messages.headingBeforeFirstSection(block.text));
    }
    return contentBlock(block);
  });
  if (opening.length === 0) warnings.push(messages.noOpening());
  return opening;
}
