/**
 * word/document.xml → paragraphs and tables, in document order. The XML is read token by token; each
 * concern has its own step: the paragraph and its runs (text, and which opening words a font set apart),
 * the paragraph's place in an automatic list, tables, whose cells gather the paragraphs inside them, and
 * (docx-inserts.ts) text boxes and references to footnotes and endnotes.
 */
import { readNoteReference, readTextBoxTag } from './docx-inserts.ts';
import { listLabeller, type Numbering } from './docx-numbering.ts';
import { finishParagraph, newStory, type BodyReader, type Notes, type Tag } from './docx-reader.ts';
import { attribute, decodeEntities, xmlTokens } from './docx-xml.ts';
import type { SourceBlock } from './source.ts';

const HEADING_FONT = /黑体|楷体|SimHei|KaiTi|Kai_GB2312|方正小标宋|小标宋/i;

/** w:p, its properties and its list place (w:numId, w:ilvl). */
function readParagraphTag(reader: BodyReader, tag: Tag): boolean {
  switch (tag.name) {
    case 'w:p':
      finishParagraph(reader);
      if (tag.opening && !tag.selfClosing) reader.paragraph = { runs: [], list: undefined, notes: [], boxes: [] };
      return true;
    case 'w:pPr':
      reader.inParagraphProperties = tag.opening && !tag.selfClosing;
      return true;
    case 'w:numId': {
      const paragraph = reader.paragraph;
      if (!tag.opening || !reader.inParagraphProperties || !paragraph) return true;
      const numId = attribute(tag.attributes, 'w:val') ?? '0';
      paragraph.list = numId === '0' ? undefined : { numId, ilvl: paragraph.list?.ilvl ?? '0' };
      return true;
    }
    case 'w:ilvl':
      if (tag.opening && reader.inParagraphProperties && reader.paragraph) {
        reader.paragraph.list = { numId: reader.paragraph.list?.numId ?? '', ilvl: attribute(tag.attributes, 'w:val') ?? '0' };
      }
      return true;
    default:
      return false;
  }
}

/** w:r and what a run holds: its text, tabs and line breaks, and the font or boldness that marks a heading. */
function readRunTag(reader: BodyReader, tag: Tag): boolean {
  const run = reader.run;
  switch (tag.name) {
    case 'w:r':
      if (tag.opening && !tag.selfClosing) {
        reader.run = { text: '', emphasized: false };
        reader.paragraph?.runs.push(reader.run);
      } else reader.run = undefined;
      return true;
    case 'w:b':
      if (run && !reader.inParagraphProperties && tag.opening)
        run.emphasized ||= !/^(0|false|off)$/.test(attribute(tag.attributes, 'w:val') ?? '');
      return true;
    case 'w:rFonts':
      if (run && !reader.inParagraphProperties && HEADING_FONT.test(tag.attributes)) run.emphasized = true;
      return true;
    case 'w:t':
      reader.inText = tag.opening && !tag.selfClosing;
      return true;
    case 'w:tab':
      if (run && tag.opening) run.text += '\t';
      return true;
    case 'w:br':
    case 'w:cr':
      if (run && tag.opening && attribute(tag.attributes, 'w:type') !== 'page') run.text += '\n';
      return true;
    default:
      return false;
  }
}


/** w:tbl, w:tr, w:tc: a table's rows of cells; a table nested in a cell becomes that cell's text. */
function readTableTag(reader: BodyReader, tag: Tag): boolean {
  const table = reader.tables.at(-1);
  switch (tag.name) {
    case 'w:tbl':
      if (tag.opening) {
        finishParagraph(reader);
        reader.tables.push({ rows: [], row: [], cell: [], span: 1 });
        return true;
      }
      reader.tables.pop();
      if (!table) return true;
      if (reader.tables.at(-1)) reader.tables.at(-1)!.cell.push(table.rows.map((row) => row.join(' ')).join(' '));
      else if (table.rows.length > 0) reader.blocks.push({ kind: 'table', rows: table.rows });
      return true;
    case 'w:tr':
      if (table && tag.opening) table.row = [];
      else if (table) table.rows.push(table.row);
      return true;
    case 'w:tc':
      if (!table) return true;
      if (tag.opening) {
        table.cell = [];
        table.span = 1;
        return true;
      }
      finishParagraph(reader);
      table.row.push(table.cell.join('\n'));
      // A cell merged across columns keeps the grid: the columns it covers stay empty.
      for (let i = 1; i < table.span; i += 1) table.row.push('');
      return true;
    case 'w:gridSpan':
      if (table) table.span = Number(attribute(tag.attributes, 'w:val') ?? 1) || 1;
      return true;
    default:
      return false;
  }
}


/** word/document.xml → paragraphs and tables, in document order. */
export function blocksFromDocumentXml(xml: string, numbering: Numbering = new Map(), notes: Notes = new Map()): SourceBlock[] {
  const reader: BodyReader = {
    ...newStory(),
    label: listLabeller(numbering),
    notes,
    noteCount: 0,
    tableNotes: [],
    outer: [],
    fallback: 0,
  };
  const steps = [readTextBoxTag, readParagraphTag, readRunTag, readNoteReference, readTableTag];
  for (const token of xmlTokens(xml)) {
    if (reader.fallback > 0 && !(token.kind === 'tag' && token.name === 'mc:Fallback')) continue;
    if (token.kind === 'text') {
      if (reader.inText && reader.run) reader.run.text += decodeEntities(token.text);
      continue;
    }
    steps.some((step) => step(reader, token));
  }
  finishParagraph(reader);
  return reader.blocks;
}

const SEPARATOR_NOTE = /w:type="(separator|continuationSeparator|continuationNotice)"/;

/** word/footnotes.xml or word/endnotes.xml → the text of each note, by reference. */
export function readNotes(xml: string, kind: 'footnote' | 'endnote', into: Notes = new Map()): Notes {
  for (const [, attributes = '', body = ''] of xml.matchAll(new RegExp(`<w:${kind}\\b([^>]*)>([\\s\\S]*?)</w:${kind}>`, 'g'))) {
    if (SEPARATOR_NOTE.test(attributes)) continue;
    const text = blocksFromDocumentXml(body)
      .map((block) => (block.kind === 'table' ? block.rows.flat().join(' ') : block.text.trim()))
      .join('');
    into.set(`${kind}:${attribute(attributes, 'w:id') ?? ''}`, text);
  }
  return into;
}
