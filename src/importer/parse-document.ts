/**
 * Reads a report typed in the 公文 style into the report's structure: title, opening paragraphs, sections
 * 一、 with subsections （一） and numbered items 1., the issuer and the date of the signature. Headings
 * are recognized by their numbering prefixes; the font of the opening words (see SourceParagraph) only
 * tells where a run-in heading ends. Everything it doubts becomes a warning for staff, in Chinese and English.
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
import { parseChineseNumeral, sectionLabel, subsectionLabel } from '../lib/report/numbering.ts';
import { parseChineseDate } from '../lib/report/dates.ts';
import { missingParts } from '../lib/report/parts.ts';
import { ImportError, type SourceBlock, type SourceTable } from './source.ts';

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
}

export interface ImportedReport {
  year: string;
  title: string;
  issuer: string | undefined;
  /** ISO date of the signature, 2025-12-05 */
  date: string | undefined;
  opening: ContentBlock[];
  sections: ImportedSection[];
}

export interface ImportWarning {
  chinese: string;
  english: string;
}

export interface ParseResult {
  report: ImportedReport;
  warnings: ImportWarning[];
}

/** A paragraph as a careful editor leaves it: half-width digits, full-width punctuation, no stray spaces. */
export function normalizeParagraph(text: string): string {
  const spaced = toHalfWidthAlphanumerics(text.replace(/[\t\u00a0]/g, ' '));
  // Spaces go before punctuation is made full-width (a mark must touch a character to be converted) and after.
  return removeSpacesAroundNumbers(removeStraySpaces(toFullWidthPunctuation(removeStraySpaces(spaced))))
    .replace(/ {2,}/g, ' ')
    .trim();
}

const NUMERAL = '[一二三四五六七八九十]+';
const SECTION_HEADING = new RegExp(`^(${NUMERAL})、\\s*(.*)$`);
const SUBSECTION_HEADING = new RegExp(`^（(${NUMERAL})）\\s*(.*)$`);
/** 1. 1． 1、 — but not 1.5亿元, which starts a sentence with a number. */
const NUMBERED_ITEM = /^(\d{1,2})[.．、](?!\d)\s*(.*)$/;
/** The longest run-in heading that is still a heading and not the first sentence of a paragraph. */
const MAX_HEADING_LENGTH = 50;

interface Line {
  text: string;
  emphasized: string;
}

const isLine = (block: Line | SourceTable): block is Line => !('kind' in block);

type Heading = { level: 'section' | 'subsection'; number: number; title: string; body: string };

/**
 * A heading line split into its title and the text run in after it. The emphasized opening words say
 * where the heading ends; without them (plain text) it ends at the first 。 of a short first sentence.
 */
function splitHeading(rest: string, line: Line, label: string): { title: string; body: string } {
  const emphasized = normalizeParagraph(line.emphasized);
  if (emphasized.length > label.length && line.text.startsWith(emphasized) && emphasized.length < line.text.length) {
    return { title: trimHeadingEnd(emphasized.slice(label.length)), body: line.text.slice(emphasized.length).trim() };
  }
  const stop = rest.indexOf('。');
  if (stop > 0 && stop < rest.length - 1 && stop <= MAX_HEADING_LENGTH) {
    return { title: rest.slice(0, stop), body: rest.slice(stop + 1).trim() };
  }
  return { title: trimHeadingEnd(rest), body: '' };
}

const trimHeadingEnd = (text: string): string => text.trim().replace(/[。；：:]+$/, '');

function headingOf(line: Line): Heading | undefined {
  const section = SECTION_HEADING.exec(line.text);
  const sectionNumber = section && parseChineseNumeral(section[1] ?? '');
  if (section && sectionNumber && (section[2] ?? '') !== '') {
    const { title, body } = splitHeading(section[2] ?? '', line, `${section[1]}、`);
    return { level: 'section', number: sectionNumber, title, body };
  }
  const subsection = SUBSECTION_HEADING.exec(line.text);
  const subsectionNumber = subsection && parseChineseNumeral(subsection[1] ?? '');
  if (subsection && subsectionNumber && (subsection[2] ?? '') !== '') {
    const { title, body } = splitHeading(subsection[2] ?? '', line, `（${subsection[1]}）`);
    return { level: 'subsection', number: subsectionNumber, title, body };
  }
  return undefined;
}

function contentBlock(block: SourceTable | Line): ContentBlock {
  if ('kind' in block) return block;
  const text = block.text;
  const item = NUMBERED_ITEM.exec(text);
  return item ? { kind: 'item', number: Number(item[1]), text } : { kind: 'paragraph', text };
}

function isShortLine(text: string): boolean {
  return text.length <= 60 && !/[。；！？]/.test(text);
}

/** The parts an annual report must contain (《法治政府建设与责任落实督察工作规定》第二十五条). */
const blockText = (block: ContentBlock): string =>
  block.kind === 'table' ? block.rows.map((row) => row.join('')).join('') : block.text;

/** An HTML element written into the text: <script>, <b>, </p>… (a lone < or >, as in 3<5, is text). */
const MARKUP = /<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/;

/**
 * A report has no HTML in it: markup in the text was pasted from a web page or a system, and even though
 * the importer would publish it as harmless text, nobody should publish it unread. Refuses the document,
 * naming the paragraph.
 */
function refuseMarkup(source: SourceBlock[]): void {
  source.forEach((block, index) => {
    const text = block.kind === 'table' ? block.rows.flat().join(' ') : block.text;
    const markup = MARKUP.exec(text)?.[0];
    if (markup === undefined) return;
    const where = `第 ${index + 1} 段（“${text.trim().slice(0, 20)}……”）`;
    throw new ImportError(
      `${where}含有网页代码 ${markup}。报告正文不应含有代码：请在原文档中删除它后重新导入；如确需在正文中写出尖括号，请改用全角的〈〉。`,
      `Paragraph ${index + 1} ("${text.trim().slice(0, 20)}…") contains web markup, ${markup}. A report has no code in it: delete it from the document and import again; if angle brackets are really meant, write them full-width: 〈〉.`,
    );
  });
}

/** Source blocks → the report's structure and the warnings staff should read. Throws ImportError when there is no report to import. */
export function parseReport(source: SourceBlock[], options: { year?: string } = {}): ParseResult {
  refuseMarkup(source);
  const warnings: ImportWarning[] = [];
  const warn = (chinese: string, english: string): void => {
    warnings.push({ chinese, english });
  };

  // A report copied from a traditional-character web page (often with pinyin glosses after some characters)
  // is published in simplified characters like every other; the glosses are only stripped from such a text,
  // since in simplified text a parenthesis of Latin letters, （PPP）, is meant.
  const allSourceText = source.map((b) => (b.kind === 'table' ? b.rows.flat().join('') : b.text)).join('');
  const traditional = isTraditional(stripPinyinAnnotations(allSourceText));
  const toScript = (text: string): string => (traditional ? toSimplified(stripPinyinAnnotations(text)) : text);
  if (traditional) {
    warn(
      '文档是繁体字，已转换为简体字（并去掉了拼音注音），请逐句核对。',
      'The document is in traditional characters; it was converted to simplified ones (and pinyin glosses removed). Check it sentence by sentence.',
    );
  }
  const normalize = (text: string): string => normalizeParagraph(toScript(text));

  const blocks = source.flatMap((block): (Line | SourceTable)[] => {
    if (block.kind === 'table') {
      const rows = block.rows.map((row) => row.map(normalize)).filter((row) => row.some((cell) => cell !== ''));
      return rows.length > 0 ? [{ kind: 'table', rows }] : [];
    }
    const text = normalize(block.text);
    return text === '' ? [] : [{ text, emphasized: toScript(block.emphasized) }];
  });
  if (blocks.length === 0) {
    throw new ImportError(
      '文件中没有任何文字。请确认选对了文件。',
      'The file has no text in it. Check that it is the right file.',
    );
  }

  const firstSection = blocks.findIndex((block) => isLine(block) && headingOf(block)?.level === 'section');
  if (firstSection === -1) {
    throw new ImportError(
      '找不到“一、”“二、”这样的章节标题，无法识别报告结构。请确认每一章的标题单独成段，并以“一、”“二、”……开头。',
      'No section headings such as 一、 and 二、 were found, so the report has no structure to import. Make sure each section heading is a paragraph of its own starting with 一、, 二、, …',
    );
  }

  // The front: title lines, an optional date under the title, then the opening paragraphs.
  const front = blocks.slice(0, firstSection);
  let titleEnd = 0;
  const reportLine = front.findIndex((block) => isLine(block) && block.text.includes('报告'));
  if (
    reportLine !== -1 &&
    reportLine < 3 &&
    front.slice(0, reportLine + 1).every((b) => isLine(b) && isShortLine(b.text))
  ) {
    titleEnd = reportLine + 1;
  } else if (front[0] && isLine(front[0]) && isShortLine(front[0].text)) {
    titleEnd = 1;
    warn(
      `标题“${front[0].text}”中没有“报告”二字，请核对第一行是否是报告标题。`,
      `The title "${front[0].text}" does not contain 报告; check that the first line is the report's title.`,
    );
  }
  const title = front
    .slice(0, titleEnd)
    .map((b) => (isLine(b) ? b.text : ''))
    .join('');
  if (title === '') {
    throw new ImportError(
      '找不到报告标题：第一段应是标题，例如“新荣经济技术开发区2025年法治政府建设年度报告”。',
      'No title found: the first paragraph should be the report title, e.g. 新荣经济技术开发区2025年法治政府建设年度报告.',
    );
  }
  let date: string | undefined;
  const underTitle = front[titleEnd];
  if (underTitle && isLine(underTitle) && parseChineseDate(underTitle.text)) {
    date = parseChineseDate(underTitle.text);
    titleEnd += 1;
  }

  const titleYear = /(\d{4})年/.exec(title)?.[1];
  const year = options.year ?? titleYear;
  if (!year) {
    throw new ImportError(
      `无法从标题“${title}”看出年份。请在命令后加上年份，例如 --year 2025。`,
      `Cannot tell the year from the title "${title}". Give it after the command, e.g. --year 2025.`,
    );
  }
  if (options.year && titleYear && options.year !== titleYear) {
    warn(
      `指定的年份 ${options.year} 与标题中的年份 ${titleYear} 不一致，将按 ${options.year} 年导入。`,
      `The year given, ${options.year}, differs from the year in the title, ${titleYear}; importing as ${options.year}.`,
    );
  }

  const opening: ContentBlock[] = [];
  for (const block of front.slice(titleEnd)) {
    if (isLine(block) && (headingOf(block) || NUMBERED_ITEM.test(block.text))) {
      warn(
        `第一章之前的段落“${excerpt(block.text)}”像是小标题或编号条目，无法归入任何一章，已作为开头段落保留，请核对。`,
        `The paragraph "${excerpt(block.text)}" before the first section looks like a heading or numbered item that belongs to no section; it was kept in the opening. Check it.`,
      );
    }
    opening.push(contentBlock(block));
  }
  if (opening.length === 0)
    warn(
      '没有找到标题和第一章之间的开头段落。',
      'No opening paragraph was found between the title and the first section.',
    );

  // The signature: the issuer and the date closing the report, and anything after them that is not the report.
  const signature = readSignature(blocks, firstSection);
  for (const after of signature.after) {
    warn(
      `落款日期之后的“${excerpt(isLine(after) ? after.text : '表格')}”不是报告正文，未导入。`,
      `"${excerpt(isLine(after) ? after.text : 'a table')}" after the date that closes the report is not part of it and was left out.`,
    );
  }
  if (date && signature.date && signature.date !== date) {
    warn(
      `标题下的日期与落款日期不同，采用落款日期 ${signature.date}。`,
      `The date under the title differs from the signature's; using the signature's, ${signature.date}.`,
    );
  }
  date = signature.date ?? date;
  const { issuer, end } = signature;
  if (!issuer) {
    warn(
      '报告末尾没有找到落款（发布机构），请在 report.mdx 的 issuer 中填写。',
      'No signature (the issuer) was found at the end of the report; fill in issuer in report.mdx.',
    );
  }
  if (!date) {
    warn(
      '没有找到落款日期（如“2025年12月5日”），请在 report.mdx 的 date 中填写。',
      'No date (such as 2025年12月5日) was found at the end of the report; fill in date in report.mdx.',
    );
  }

  // The body: sections, subsections, their paragraphs, numbered items and tables.
  const sections: ImportedSection[] = [];
  const sectionNumbers: number[] = [];
  let subsectionNumbers: number[] = [];
  let itemNumbers: number[] = [];
  const checkNumber = (
    numbers: number[],
    next: number,
    label: (n: number) => string,
    where: string,
    whereEnglish: string,
  ): void => {
    const expected = (numbers.at(-1) ?? 0) + 1;
    if (next !== expected) {
      warn(
        `${where}编号不连续：${numbers.length > 0 ? `${label(numbers.at(-1)!)}之后` : '开头'}是${label(next)}，应为${label(expected)}。`,
        `${whereEnglish} numbering has a gap: ${label(next)} comes ${numbers.length > 0 ? `after ${label(numbers.at(-1)!)}` : 'first'}, ${label(expected)} was expected.`,
      );
    }
    numbers.push(next);
  };
  for (const block of blocks.slice(firstSection, end)) {
    const heading = isLine(block) ? headingOf(block) : undefined;
    const section = sections.at(-1);
    if (heading?.level === 'section') {
      checkNumber(sectionNumbers, heading.number, sectionLabel, '章节', 'Section');
      subsectionNumbers = [];
      itemNumbers = [];
      sections.push({
        title: heading.title,
        blocks: heading.body ? [contentBlock({ text: heading.body, emphasized: '' })] : [],
        subsections: [],
      });
      continue;
    }
    if (!section) continue;
    if (heading?.level === 'subsection') {
      checkNumber(subsectionNumbers, heading.number, subsectionLabel, `“${section.title}”的小标题`, `Subsection`);
      itemNumbers = [];
      section.subsections.push({
        title: heading.title,
        blocks: heading.body ? [contentBlock({ text: heading.body, emphasized: '' })] : [],
      });
      continue;
    }
    const content = contentBlock(block);
    if (content.kind === 'item')
      checkNumber(itemNumbers, content.number, (n) => `${n}.`, `“${section.title}”中条目`, `Item`);
    (section.subsections.at(-1)?.blocks ?? section.blocks).push(content);
  }

  for (const section of sections) {
    if (section.blocks.length === 0 && section.subsections.length === 0) {
      warn(`章节“${section.title}”下面没有任何内容。`, `The section "${section.title}" has nothing under it.`);
    }
  }

  for (const part of missingParts(sections.map((s) => s.title), reportText(sections))) {
    warn(
      `年度报告应当包含“${part.title}”（《法治政府建设与责任落实督察工作规定》第二十五条），本文档中似乎没有，请核对。`,
      `An annual report is expected to contain ${part.english} (法治政府建设与责任落实督察工作规定, article 25); this document seems to lack it. Check.`,
    );
  }

  return { report: { year, title, issuer, date, opening, sections }, warnings };
}

interface Signature {
  issuer: string | undefined;
  date: string | undefined;
  /** Where the report's body ends: the index of the signature's first line. */
  end: number;
  /** What follows the date, such as a web page's QR caption: not the report. */
  after: (Line | SourceTable)[];
}

/**
 * The close of the report: a date line among its last few paragraphs, the issuer on the short line above it.
 * Without a date, a short last line that is neither a heading nor a sentence is still taken for the issuer.
 */
function readSignature(blocks: (Line | SourceTable)[], firstSection: number): Signature {
  const dateLine = blocks.findLastIndex(
    (block, index) => index > firstSection && isLine(block) && parseChineseDate(block.text),
  );
  const found = dateLine !== -1 && blocks.length - dateLine <= 4;
  const end = found ? dateLine : blocks.length;
  const before = blocks[end - 1];
  const issuer =
    before &&
    end - 1 > firstSection &&
    isLine(before) &&
    isShortLine(before.text) &&
    !headingOf(before) &&
    !NUMBERED_ITEM.test(before.text)
      ? before.text
      : undefined;
  return {
    issuer,
    date: found ? parseChineseDate((blocks[dateLine] as Line).text) : undefined,
    end: issuer ? end - 1 : end,
    after: found ? blocks.slice(dateLine + 1) : [],
  };
}

/** Every word of the sections, titles included, for the parts that may be told anywhere. */
function reportText(sections: ImportedSection[]): string {
  return sections
    .flatMap((s) => [
      s.title,
      ...s.blocks.map(blockText),
      ...s.subsections.flatMap((sub) => [sub.title, ...sub.blocks.map(blockText)]),
    ])
    .join('\n');
}

function excerpt(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}……` : text;
}
