/**
 * The import as one step, from the file staff were given to what would be written: its bytes and name → the
 * report read out of it, what was found and what was left out (summary.ts), the content files and the original.
 * The command line and the staff desk both call this, then write with write-year.ts. Anything that makes the
 * document unusable is an ImportError naming the file, in Chinese and English; nothing has been written then.
 */
import * as messages from './messages.ts';
import { parseReport } from './parse-document.ts';
import { readSource } from './read-source.ts';
import { ImportError } from './source.ts';
import { summarize, type ImportOutcome, type ImportSummary } from './summary.ts';
import { reportFiles, type ContentFile } from './to-mdx.ts';
import type { OriginalFile } from './write-year.ts';

export interface ImportOptions {
  /** The report's year when its title does not say it, or says another. */
  year?: string;
  /** Staff have confirmed that a document of another kind (a 政府信息公开工作年度报告) is to be published as this report. */
  otherKindConfirmed?: boolean;
}

export interface ImportedDocument extends ImportSummary {
  files: ContentFile[];
  original: OriginalFile;
}

const YEAR = /(\d{4}|[〇○零一二三四五六七八九]{4})年度?/;

/**
 * The kind of yearly report a title names: what follows its year (政府信息公开工作年度报告), or the whole title.
 * This site publishes 法治政府建设 reports, called 依法行政 reports before 2015.
 */
export function reportKindOf(title: string): { ours: boolean; name: string } {
  const year = YEAR.exec(title);
  const name = year ? title.slice(year.index + year[0].length).replace(/^关于/, '') : title;
  return { ours: /法治|依法行政/.test(title), name: name === '' ? title : name };
}

export function importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportedDocument {
  const { blocks, format, original } = readSource(bytes, fileName);
  let parsed: ReturnType<typeof parseReport>;
  try {
    parsed = parseReport(blocks, options.year ? { year: options.year } : {});
  } catch (error) {
    // Name the file the problem is in, as the readers' own messages do.
    if (error instanceof ImportError) throw new ImportError(messages.inFile(fileName, error));
    throw error;
  }
  const { report, parts, warnings } = parsed;
  const kind = reportKindOf(report.title);
  const outcome: ImportOutcome =
    kind.ours || options.otherKindConfirmed
      ? { kind: 'ready' }
      : { kind: 'different-report', reportKind: kind.name, message: messages.differentReportKind(report.title, kind.name) };
  return { ...summarize(report, { parts, warnings, format, outcome }), files: reportFiles(report), original };
}
