/**
 * Reads a Word or WPS .docx file into paragraphs and tables. Only what the importer needs is kept: the
 * text, the tables' cells, and which opening words of a paragraph were set apart by font, because 公文
 * marks headings by font (黑体, 楷体, bold) rather than by Word's heading styles.
 */
import { unzipSync } from 'fflate';
import { chineseNumeral } from '../lib/report/numbering.ts';
import { ImportError, type SourceBlock } from './source.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Old binary .doc files and password-protected .docx files are both OLE compound files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => bytes[i] === byte);

const HEADING_FONT = /黑体|楷体|SimHei|KaiTi|Kai_GB2312|方正小标宋|小标宋/i;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
}

interface NumberingLevel {
  format: string;
  /** The label with placeholders for the counters of this level and those above it: %1、 or （%1） */
  text: string;
  start: number;
}

/** Word's automatic numbering: for each list (numId), its levels (ilvl). */
export type Numbering = Map<string, Map<string, NumberingLevel>>;

/** word/numbering.xml → the levels of each list, so that automatically numbered headings keep their 一、 */
export function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<string, NumberingLevel>>();
  for (const [, id = '', body = ''] of xml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<string, NumberingLevel>();
    for (const [, ilvl = '', level = ''] of body.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(ilvl, {
        format: /<w:numFmt\b[^>]*w:val="([^"]*)"/.exec(level)?.[1] ?? 'decimal',
        text: decodeEntities(/<w:lvlText\b[^>]*w:val="([^"]*)"/.exec(level)?.[1] ?? ''),
        start: Number(/<w:start\b[^>]*w:val="(\d+)"/.exec(level)?.[1] ?? 1),
      });
    }
    abstracts.set(id, levels);
  }
  const lists: Numbering = new Map();
  for (const [, numId = '', body = ''] of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstract = abstracts.get(/<w:abstractNumId\b[^>]*w:val="(\d+)"/.exec(body)?.[1] ?? '');
    if (abstract) lists.set(numId, abstract);
  }
  return lists;
}

const CHINESE_FORMATS = new Set([
  'chineseCounting',
  'chineseCountingThousand',
  'chineseLegalSimplified',
  'ideographTraditional',
]);

function formatCounter(n: number, format: string): string | undefined {
  if (
    format === 'decimal' ||
    format === 'decimalHalfWidth' ||
    format === 'decimalFullWidth' ||
    format === 'decimalFullWidth2'
  )
    return String(n);
  if (CHINESE_FORMATS.has(format) && n >= 1 && n <= 99) return chineseNumeral(n);
  // Bullets and exotic formats carry no number worth keeping.
  return undefined;
}

interface Run {
  text: string;
  emphasized: boolean;
}

interface OpenTable {
  rows: string[][];
  row: string[];
  cell: string[];
  span: number;
}

/** The bytes of a .docx file → its body as blocks. Throws ImportError for anything that is not a readable .docx. */
export function readDocx(bytes: Uint8Array, fileName: string): SourceBlock[] {
  if (bytes.length === 0) {
    throw new ImportError(
      `${fileName} 是空文件。请重新导出 Word 文档。`,
      `${fileName} is empty. Export the Word document again.`,
    );
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new ImportError(
      `${fileName} 是旧版 .doc 文件或加了密码的文档。请在 Word 或 WPS 中“另存为” .docx 格式（不设密码）后再导入。`,
      `${fileName} is an old .doc file or a password-protected document. Save it as .docx (without a password) in Word or WPS, then import that.`,
    );
  }
  let xml: string;
  let numberingXml: string | undefined;
  try {
    if (!startsWith(bytes, ZIP_MAGIC)) throw new Error('not a zip archive');
    const files = unzipSync(bytes, {
      filter: (file) => file.name === 'word/document.xml' || file.name === 'word/numbering.xml',
    });
    const documentXml = files['word/document.xml'];
    if (!documentXml) throw new Error('no word/document.xml');
    xml = new TextDecoder().decode(documentXml);
    const numbering = files['word/numbering.xml'];
    numberingXml = numbering && new TextDecoder().decode(numbering);
  } catch {
    throw new ImportError(
      `${fileName} 不是有效的 Word .docx 文件（可能是改了扩展名的其他文件，或文件已损坏）。请在 Word 或 WPS 中打开原文，“另存为” .docx 后再导入；也可以另存为纯文本 .txt 导入。`,
      `${fileName} is not a valid Word .docx file (perhaps another kind of file renamed, or a damaged one). Open the original in Word or WPS and save it as .docx, or as plain text .txt, then import that.`,
    );
  }
  return blocksFromDocumentXml(xml, numberingXml === undefined ? undefined : readNumbering(numberingXml));
}

/** word/document.xml → paragraphs and tables, in document order. */
export function blocksFromDocumentXml(xml: string, numbering: Numbering = new Map()): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const tables: OpenTable[] = [];
  let runs: Run[] | undefined;
  let run: Run | undefined;
  let inText = false;
  let inParagraphProperties = false;
  let list: { numId: string; ilvl: string } | undefined;
  const counters = new Map<string, number[]>();

  /** The label Word would show before an automatically numbered paragraph: 一、 （二） 3. */
  const listLabel = (): string => {
    const levels = list && numbering.get(list.numId);
    const level = levels?.get(list!.ilvl);
    if (!list || !levels || !level) return '';
    const depth = Number(list.ilvl);
    const counts = counters.get(list.numId) ?? [];
    counts[depth] = (counts[depth] ?? level.start - 1) + 1;
    counts.length = depth + 1;
    counters.set(list.numId, counts);
    let label = level.text;
    for (let i = 0; i <= depth; i += 1) {
      const value = formatCounter(
        counts[i] ?? levels.get(String(i))?.start ?? 1,
        levels.get(String(i))?.format ?? 'decimal',
      );
      if (value === undefined) return '';
      label = label.replaceAll(`%${i + 1}`, value);
    }
    return label;
  };

  const finishParagraph = (): void => {
    if (!runs) return;
    const label = listLabel();
    list = undefined;
    if (label !== '') {
      runs.unshift({ text: label, emphasized: runs.find((r) => r.text.trim() !== '')?.emphasized ?? false });
    }
    const lines = runs
      .map((r) => r.text)
      .join('')
      .split('\n');
    // Indentation typed before the heading belongs to no run's font, so blank runs do not end the emphasis.
    let emphasized = '';
    for (const r of runs) {
      if (!r.emphasized && r.text.trim() !== '') break;
      emphasized += r.text;
    }
    if (emphasized.trim() === '') emphasized = '';
    runs = undefined;
    const table = tables.at(-1);
    if (table) {
      table.cell.push(lines.join(' '));
      return;
    }
    lines.forEach((text, index) => {
      if (text.trim() !== '')
        blocks.push({ kind: 'paragraph', text, emphasized: index === 0 ? (emphasized.split('\n')[0] ?? '') : '' });
    });
  };

  for (const token of xml.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, tag, attributes = '', selfClosing, text] = token;
    if (text !== undefined) {
      if (inText && run) run.text += decodeEntities(text);
      continue;
    }
    const opening = !closing;
    switch (tag) {
      case 'w:p':
        if (opening) {
          finishParagraph();
          runs = [];
          list = undefined;
          if (selfClosing) finishParagraph();
        } else finishParagraph();
        break;
      case 'w:pPr':
        inParagraphProperties = opening && !selfClosing;
        break;
      case 'w:r':
        if (opening && !selfClosing) {
          run = { text: '', emphasized: false };
          runs?.push(run);
        } else run = undefined;
        break;
      case 'w:b': {
        const value = attribute(attributes, 'w:val');
        if (run && !inParagraphProperties && opening) run.emphasized ||= !/^(0|false|off)$/.test(value ?? '');
        break;
      }
      case 'w:rFonts':
        if (run && !inParagraphProperties && HEADING_FONT.test(attributes)) run.emphasized = true;
        break;
      case 'w:t':
        inText = opening && !selfClosing;
        break;
      case 'w:tab':
        if (run && opening) run.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (run && opening && attribute(attributes, 'w:type') !== 'page') run.text += '\n';
        break;
      case 'w:tbl':
        if (opening) {
          finishParagraph();
          tables.push({ rows: [], row: [], cell: [], span: 1 });
        } else {
          const table = tables.pop();
          if (!table) break;
          const parent = tables.at(-1);
          if (parent) parent.cell.push(table.rows.map((row) => row.join(' ')).join(' '));
          else if (table.rows.length > 0) blocks.push({ kind: 'table', rows: table.rows });
        }
        break;
      case 'w:tr':
        if (tables.at(-1)) {
          const table = tables.at(-1)!;
          if (opening) table.row = [];
          else table.rows.push(table.row);
        }
        break;
      case 'w:tc':
        if (tables.at(-1)) {
          const table = tables.at(-1)!;
          if (opening) {
            table.cell = [];
            table.span = 1;
          } else {
            finishParagraph();
            table.row.push(table.cell.join(' '));
            // A cell merged across columns keeps the grid: the columns it covers stay empty.
            for (let i = 1; i < table.span; i += 1) table.row.push('');
          }
        }
        break;
      case 'w:numId':
        if (opening && inParagraphProperties) {
          const numId = attribute(attributes, 'w:val') ?? '0';
          list = numId === '0' ? undefined : { numId, ilvl: list?.ilvl ?? '0' };
        }
        break;
      case 'w:ilvl':
        if (opening && inParagraphProperties)
          list = { numId: list?.numId ?? '', ilvl: attribute(attributes, 'w:val') ?? '0' };
        break;
      case 'w:gridSpan':
        if (tables.at(-1)) tables.at(-1)!.span = Number(attribute(attributes, 'w:val') ?? 1) || 1;
        break;
    }
  }
  finishParagraph();
  return blocks;
}
