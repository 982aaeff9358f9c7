/**
 * The first step of reading a report: the document's blocks as lines of text a careful editor would
 * leave (simplified characters, half-width digits, full-width punctuation, no stray spaces), empty ones
 * dropped, and tables with their empty rows dropped.
 */
import {
  isTraditional,
  removeSpacesAroundNumbers,
  removeStraySpaces,
  stripPinyinAnnotations,
  toFullWidthPunctuation,
  toHalfWidthAlphanumerics,
  toSimplified,
} from './chinese-text.ts';
import type { SourceBlock, SourceTable } from './source.ts';

/** A paragraph of the document, normalized, with the opening words its font set apart (see SourceParagraph). */
export interface Line {
  text: string;
  /** Which paragraph of the document it is, counting from 1: what a warning names for staff to find it. */
  paragraph: number;
  emphasized: string;
  notes?: string[];
  /** The line's pieces where it was spaced out for alignment (two issuers side by side), each normalized. */
  columns?: string[];
}

/** A run of spaces or a tab that lays pieces of a line out side by side. */
const ALIGNMENT = /\t|[ \u00a0]{2,}|\u3000{2,}|[ \u3000\u00a0]{3,}/;

/** A table of the document, its empty rows dropped, with its place among the paragraphs. */
export type Table = SourceTable & { paragraph: number };

export type Block = Line | Table;

export const isLine = (block: Block): block is Line => !('kind' in block);

/** A table cell's lines as one line of text, as a table on the page shows it. */
export const cellText = (cell: string): string => normalizeParagraph(cell.replaceAll('\n', ' '));

/** A paragraph as a careful editor leaves it: half-width digits, full-width punctuation, no stray spaces. */
export function normalizeParagraph(text: string): string {
  // A tab is alignment, never a phrase break: it counts as a run of spaces.
  const spaced = toHalfWidthAlphanumerics(text.replace(/\t/g, '  ').replace(/\u00a0/g, ' '));
  // Spaces go before punctuation is made full-width (a mark must touch a character to be converted) and after.
  return removeSpacesAroundNumbers(removeStraySpaces(toFullWidthPunctuation(removeStraySpaces(spaced))))
    .replace(/ {2,}/g, ' ')
    .trim();
}

const sourceText = (block: SourceBlock): string => (block.kind === 'table' ? block.rows.flat().join('') : block.text);

/**
 * The document's blocks as normalized lines and tables. A report copied from a traditional-character web
 * page (often with pinyin glosses after some characters) is published in simplified characters like every
 * other; the glosses are only stripped from such a text, since in simplified text a parenthesis of Latin
 * letters, （PPP）, is meant.
 */
export function readLines(source: SourceBlock[]): { blocks: Block[]; traditional: boolean } {
  const traditional = isTraditional(stripPinyinAnnotations(source.map(sourceText).join('')));
  const toScript = (text: string): string => (traditional ? toSimplified(stripPinyinAnnotations(text)) : text);
  const normalize = (text: string): string => normalizeParagraph(toScript(text));
  const normalizeCell = (cell: string): string =>
    cell
      .split('\n')
      .map(normalize)
      .filter((line) => line !== '')
      .join('\n');
  const blocks = source.flatMap((block, index): Block[] => {
    const paragraph = index + 1;
    if (block.kind === 'table') {
      const rows = block.rows.map((row) => row.map(normalizeCell)).filter((row) => row.some((cell) => cell !== ''));
      return rows.length > 0 ? [{ kind: 'table', rows, paragraph }] : [];
    }
    const text = normalize(block.text);
    if (text === '') return [];
    const notes = block.notes?.map(normalize);
    const columns = block.text.trim().split(ALIGNMENT).map(normalize).filter((piece) => piece !== '');
    return [
      {
        text,
        paragraph,
        emphasized: toScript(block.emphasized),
        ...(notes?.length ? { notes } : {}),
        ...(columns.length > 1 ? { columns } : {}),
      },
    ];
  });
  return { blocks, traditional };
}
