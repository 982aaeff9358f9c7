/**
 * word/document.xml → paragraphs and tables, in document order. The XML is read token by token; each
 * concern has its own step: the paragraph and its runs (text, and which opening words a font set apart),
 * the paragraph's place in an automatic list, and tables, whose cells gather the paragraphs inside them.
 */
import { listLabeller, type ListPlace, type Numbering } from './docx-numbering.ts';
import { attribute, decodeEntities, xmlTokens, type XmlToken } from './docx-xml.ts';
import type { SourceBlock } from './source.ts';

const HEADING_FONT = /黑体|楷体|SimHei|KaiTi|Kai_GB2312|方正小标宋|小标宋/i;

type Tag = Extract<XmlToken, { kind: 'tag' }>;

interface Run {
  text: string;
  emphasized: boolean;
}

interface OpenParagraph {
  runs: Run[];
  list: ListPlace | undefined;
}

interface OpenTable {
  rows: string[][];
  row: string[];
  cell: string[];
  span: number;
}

interface BodyReader {
  blocks: SourceBlock[];
  tables: OpenTable[];
  paragraph: OpenParagraph | undefined;
  run: Run | undefined;
  inText: boolean;
  inParagraphProperties: boolean;
  label: (place: ListPlace | undefined) => string;
}

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
function finishParagraph(reader: BodyReader): void {
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
    table.cell.push(lines.join(' '));
    return;
  }
  const emphasized = emphasizedOpening(runs);
  lines.forEach((text, index) => {
    if (text.trim() !== '')
      reader.blocks.push({ kind: 'paragraph', text, emphasized: index === 0 ? (emphasized.split('\n')[0] ?? '') : '' });
  });
}

/** w:p, its properties and its list place (w:numId, w:ilvl). */
function readParagraphTag(reader: BodyReader, tag: Tag): boolean {
  switch (tag.name) {
    case 'w:p':
      finishParagraph(reader);
      if (tag.opening && !tag.selfClosing) reader.paragraph = { runs: [], list: undefined };
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
      table.row.push(table.cell.join(' '));
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
export function blocksFromDocumentXml(xml: string, numbering: Numbering = new Map()): SourceBlock[] {
  const reader: BodyReader = {
    blocks: [],
    tables: [],
    paragraph: undefined,
    run: undefined,
    inText: false,
    inParagraphProperties: false,
    label: listLabeller(numbering),
  };
  for (const token of xmlTokens(xml)) {
    if (token.kind === 'text') {
      if (reader.inText && reader.run) reader.run.text += decodeEntities(token.text);
      continue;
    }
    if (!readParagraphTag(reader, token) && !readRunTag(reader, token)) readTableTag(reader, token);
  }
  finishParagraph(reader);
  return reader.blocks;
}
