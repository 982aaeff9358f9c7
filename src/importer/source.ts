/** What the readers of .docx and .txt files hand to the parser: the document as a list of blocks. */
import type { Message } from './messages.ts';

export interface SourceParagraph {
  kind: 'paragraph';
  text: string;
  /**
   * The paragraph's opening words when they were set apart by font (bold, 黑体 or 楷体), as 公文 sets a
   * run-in heading: （一）在学法知法中提升法治思维。 followed by the body text. Empty when there is none.
   */
  emphasized: string;
  /** The footnotes and endnotes this paragraph refers to, each with the mark left in its text: ①注释文字 */
  notes?: string[];
}

export interface SourceTable {
  kind: 'table';
  /** Cells' text; a cell of several paragraphs has them on separate lines. */
  rows: string[][];
}

export type SourceBlock = SourceParagraph | SourceTable;

/** An input the importer cannot use at all: the message names the file and the fix, in Chinese and English. */
export class ImportError extends Error {
  readonly chinese: string;
  readonly english: string;

  constructor(message: Message) {
    super(`${message.chinese}\n${message.english}`);
    this.name = 'ImportError';
    this.chinese = message.chinese;
    this.english = message.english;
  }
}

/** Each line of a plain-text document is a paragraph; empty lines only separate them. */
export function blocksFromText(text: string): SourceBlock[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ kind: 'paragraph', text: line, emphasized: '' }));
}
