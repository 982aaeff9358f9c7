/**
 * What a paragraph of a .docx holds besides its runs: text boxes, read once and in place, and references to
 * footnotes and endnotes, whose marks stay in the text and whose notes go with the paragraph.
 */
import { attribute } from './docx-xml.ts';
import { finishParagraph, newStory, type BodyReader, type Tag } from './docx-reader.ts';

/** ① for the first note, ㊿ for the fiftieth, then [51]. */
function noteMark(n: number): string {
  if (n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `[${n}]`;
}

/** A reference to a footnote or an endnote: its mark goes in the text, the note with the paragraph. */
export function readNoteReference(reader: BodyReader, tag: Tag): boolean {
  const kind = tag.name === 'w:footnoteReference' ? 'footnote' : tag.name === 'w:endnoteReference' ? 'endnote' : undefined;
  if (!kind) return false;
  const note = reader.notes.get(`${kind}:${attribute(tag.attributes, 'w:id') ?? ''}`);
  if (note === undefined || !reader.run || !reader.paragraph) return true;
  reader.noteCount += 1;
  const mark = noteMark(reader.noteCount);
  reader.run.text += mark;
  reader.paragraph.notes.push(`${mark}${note}`);
  return true;
}

/**
 * A text box (w:txbxContent) is a story of its own inside a run: its paragraphs are read where it stands
 * and follow the paragraph it is anchored in, whose own text goes on after the box. Word keeps a second
 * copy of each box in mc:Fallback for older readers; only the first is read.
 */
export function readTextBoxTag(reader: BodyReader, tag: Tag): boolean {
  if (tag.name === 'mc:Fallback') {
    if (!tag.selfClosing) reader.fallback += tag.opening ? 1 : -1;
    return true;
  }
  if (tag.name !== 'w:txbxContent' || tag.selfClosing) return false;
  if (tag.opening) {
    const { blocks, tables, paragraph, run, inText, inParagraphProperties } = reader;
    reader.outer.push({ blocks, tables, paragraph, run, inText, inParagraphProperties });
    Object.assign(reader, newStory());
    return true;
  }
  finishParagraph(reader);
  const box = reader.blocks;
  const outer = reader.outer.pop();
  if (!outer) return true;
  Object.assign(reader, outer);
  if (reader.paragraph) reader.paragraph.boxes.push(...box);
  else reader.blocks.push(...box);
  return true;
}

