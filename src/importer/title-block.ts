/**
 * The front of a report, before its first section: the title (one line or a few short ones ending in the
 * line that says 报告), an optional date under it, then the opening paragraphs. The year comes from the title.
 */
import { parseChineseDate } from '../lib/report/dates.ts';
import { contentBlock, headingOf, isShortLine, NUMBERED_ITEM } from './headings.ts';
import type { ContentBlock, ImportWarning } from './imported-report.ts';
import { isLine, type Block } from './lines.ts';
import * as messages from './messages.ts';
import { ImportError } from './source.ts';

export interface TitleBlock {
  title: string;
  /** ISO date written under the title, if any. */
  date: string | undefined;
  /** Where the opening paragraphs start in the front. */
  end: number;
}

export function readTitleBlock(front: Block[], warnings: ImportWarning[]): TitleBlock {
  let end = 0;
  const reportLine = front.findIndex((block) => isLine(block) && block.text.includes('报告'));
  if (reportLine !== -1 && reportLine < 3 && front.slice(0, reportLine + 1).every((b) => isLine(b) && isShortLine(b.text))) {
    end = reportLine + 1;
  } else if (front[0] && isLine(front[0]) && isShortLine(front[0].text)) {
    end = 1;
    warnings.push(messages.titleWithoutReport(front[0].text));
  }
  const title = front
    .slice(0, end)
    .map((b) => (isLine(b) ? b.text : ''))
    .join('');
  if (title === '') throw new ImportError(messages.noTitle());
  const underTitle = front[end];
  const date = underTitle && isLine(underTitle) ? parseChineseDate(underTitle.text) : undefined;
  return { title, date, end: date ? end + 1 : end };
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
    if (isLine(block) && (headingOf(block) || NUMBERED_ITEM.test(block.text))) {
      warnings.push(messages.headingBeforeFirstSection(block.text));
    }
    return contentBlock(block);
  });
  if (opening.length === 0) warnings.push(messages.noOpening());
  return opening;
}
