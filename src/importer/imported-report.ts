/** The report as the parser reads it out of a document, before it is written as content files. */
import type { FoundPart } from './gongwen-parts.ts';
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
  /** 发文字号 from the 版头: 天政发〔2026〕7号. */
  documentNumber?: string;
  opening: ContentBlock[];
  /** The notes the title and the opening refer to. */
  openingNotes?: string[];
  sections: ImportedSection[];
  /** Lines copied from a web page with the report (今天是……, 当前位置：……, 【打印】), left out. */
  dropped: string[];
}

/** Something staff should check in what was imported, with the paragraph it is about when it is about one. */
export type ImportWarning = Message & { paragraph?: number };

export interface ParseResult {
  report: ImportedReport;
  /** The parts of the 公文 found (GB/T 9704-2012), in document order; the 正文 is the report's sections. */
  parts: FoundPart[];
  warnings: ImportWarning[];
}

export const blockText = (block: ContentBlock): string =>
  block.kind === 'table' ? block.rows.map((row) => row.join('')).join('') : block.text;
