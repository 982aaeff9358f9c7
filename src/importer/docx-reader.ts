/**
 * The state of reading word/document.xml: the story being read (the body, or a text box inside it), its
 * open paragraph, run and tables, and how a finished paragraph becomes blocks.
 */
import type { ListPlace } from './docx-numbering.ts';
import type { XmlToken } from './docx-xml.ts';
import type { SourceBlock } from './source.ts';

export type Tag = Extract<XmlToken, { kind: 'tag' }>;

export interface Run {
  text: string;
  emphasized: boolean;
}

export interface OpenParagraph {
  runs: Run[];
  list: ListPlace | undefined;
  /** The notes referred to in the paragraph, each with its mark. */
  notes: string[];
  /** What the text boxes anchored in the paragraph hold, to follow it. */
  boxes: SourceBlock[];
}

/** The texts of a document's footnotes and endnotes, by reference: footnote:2, endnote:1. */
export type Notes = Map<string, string>;

export interface OpenTable {
  rows: string[][];
  row: string[];
  cell: string[];
  span: number;
}

/** Where the reader is in one story: the body, or a text box inside it. */
export interface Story {
  blocks: SourceBlock[];
  tables: OpenTable[];
  paragraph: OpenParagraph | undefined;
  run: Run | undefined;
  inText: boolean;
  inParagraphProperties: boolean;
}

export interface BodyReader extends Story {
  label: (place: ListPlace | undefined) => string;
  notes: Notes;
  /** Notes referred to so far, for the next mark. */
  noteCount: number;
  /** Notes referred to in a table's cells, kept with the next paragraph after it. */
  tableNotes: string[];
  /** The stories a text box interrupted, innermost last. */
  outer: Story[];
  /** Depth inside mc:Fallback, the second copy Word keeps of a text box for older readers. */
  fallback: number;
}

export const newStory = (): Story => ({
  blocks: [],
  tables: [],
  paragraph: undefined,
  run: undefined,
  inText: false,
  inParagraphProperties: false,
});

/** The opening words set apart by font. Indentation typed before a heading has no font of its own, so blank runs do not end them. */
function emphasizedOpening(runs: Run[]): string {
  let emphasized = '';
  for (const run of runs) {
    if (!run.emphasized && run.text.trim() !== '') break;
    emphasized += run.text;
  }
  return emphasized.trim() === '' ? '' : emphasized;
}

/** Ends the open paragraph: its text goes into the open table cell, or becomes one paragraph per line. */
export function finishParagraph(reader: BodyReader): void {
  const paragraph = reader.paragraph;
  if (!paragraph) return;
  reader.paragraph = undefined;
  const { runs } = paragraph;
  const label = reader.label(paragraph.list);
  if (label !== '') runs.unshift({ text: label, emphasized: runs.find((r) => r.text.trim() !== '')?.emphasized ?? false });
  const lines = runs
    .map((r) => r.text)
    .join('')
    .split('\n');
  const table = reader.tables.at(-1);
  if (table) {
    // A cell's paragraphs stay on lines of their own: a signature laid out in a table is read line by line.
    table.cell.push(lines.join('\n'));
    for (const box of paragraph.boxes) table.cell.push(box.kind === 'table' ? box.rows.flat().join(' ') : box.text);
    reader.tableNotes.push(...paragraph.notes);
    return;
  }
  const emphasized = emphasizedOpening(runs);
  const notes = [...reader.tableNotes.splice(0), ...paragraph.notes];
  const texts = lines.filter((text) => text.trim() !== '');
  texts.forEach((text, index) => {
    reader.blocks.push({
      kind: 'paragraph',
      text,
      emphasized: index === 0 ? (emphasized.split('\n')[0] ?? '') : '',
      ...(index === texts.length - 1 && notes.length > 0 ? { notes } : {}),
    });
  });
  reader.blocks.push(...paragraph.boxes);
}

