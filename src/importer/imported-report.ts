/** The report as the parser reads it out of a document, before it is written as content files. */
import type { Message } from './messages.ts';

/** The notes a paragraph refers to, each with its mark as left in the paragraph's text: ①注释文字 */
type Notes = { notes?: string[] };

export type ContentBlock =
  | ({ kind: 'paragraph'; text: string } & Notes)
  /** A numbered item, kept as the paragraph it is with its number: 1.加强学习。…… */
  | ({ kind: 'item'; number: number; text: string } & Notes)
  | { kind: 'table'; rows: string[][] };

export interface ImportedSubsection {
  title: string;
  blocks: ContentBlock[];
}

export interface ImportedSection {
  title: string;
  /** Paragraphs between the section heading and its first subsection. */
  blocks: ContentBlock[];
  subsections: ImportedSubsection[];
}

export interface ImportedReport {
  year: string;
  title: string;
  /** The signature's issuers, in order: one, or several for a joint report; none when not found. */
  issuers: string[];
  /** ISO date of the signature, 2025-12-05 */
  date: string | undefined;
  opening: ContentBlock[];
  sections: ImportedSection[];
  /** Lines copied from a web page with the report (今天是……, 当前位置：……, 【打印】), left out. */
  dropped: string[];
}

/** Something staff should check in what was imported. */
export type ImportWarning = Message;

export interface ParseResult {
  report: ImportedReport;
  warnings: ImportWarning[];
}

export const blockText = (block: ContentBlock): string =>
  block.kind === 'table' ? block.rows.map((row) => row.join('')).join('') : block.text;
