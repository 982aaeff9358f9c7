/** The report as the parser reads it out of a document, before it is written as content files. */
import type { Message } from './messages.ts';

export type ContentBlock =
  | { kind: 'paragraph'; text: string }
  /** A numbered item, kept as the paragraph it is with its number: 1.加强学习。…… */
  | { kind: 'item'; number: number; text: string }
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
  /** The footnotes and endnotes the section refers to, in order, each with its mark as left in the text: ①注释文字 */
  notes?: string[];
}

export interface ImportedReport {
  year: string;
  title: string;
  /** The signature's issuers, in order: one, or several for a joint report; none when not found. */
  issuers: string[];
  /** ISO date of the signature, 2025-12-05 */
  date: string | undefined;
  opening: ContentBlock[];
  /** The notes the title and the opening refer to. */
  openingNotes?: string[];
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
