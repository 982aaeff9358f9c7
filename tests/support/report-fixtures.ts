/**
 * Reports as staff receive them, made by the tests themselves: a .docx in the 公文 style (headings set by
 * font, never by Word's heading styles; full-width indentation; a table; numbered items) and the same
 * report as plain text, with the untidiness of real typing (half-width punctuation, stray spaces). The
 * shapes offices' reports come in are variants of it (see the end of this file).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface FixtureSubsection {
  title: string;
  /** When true the heading is a paragraph of its own; otherwise its body runs in after it, as （一）标题。正文 */
  standalone?: boolean;
  paragraphs: string[];
  items?: string[];
  /** The number of the first item: 1, or the number after the last item above it when items are numbered on. */
  firstItem?: number;
  table?: string[][];
  /** A footnote on the first paragraph: the .docx marks it there, and the note is kept at the end of the section. */
  footnote?: string;
}

export interface FixtureReport {
  year: number;
  title: string;
  opening: string;
  sections: { title: string; subsections: FixtureSubsection[] }[];
  /** One issuer, or a joint report's, each on its line above the date. */
  issuers: string[];
  /** How subsections and items are numbered: （一） and 1. as 公文 do, or 1、 and （1） when a level is skipped. */
  numbering: { subsection: (n: number) => string; item: (n: number) => string };
  /** The signature's date as typed: 2025年12月8日 */
  date: string;
  /** The same date, as the site stores it. */
  isoDate: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const INDENT = '\u3000\u3000';

const PHRASES = [
  '坚持以习近平法治思想为指导,深入推进依法行政',
  '严格落实“第一议题”制度,组织学习《中华人民共和国行政处罚法》《优化营商环境条例》',
  '全年开展集中学习１２次、专题研讨4次',
  '持续规范行政执法行为,全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度',
  '聘请法律顾问对合同和规范性文件先行把关,确保重大决策合法合规',
  '开展“法律进企业”活动 18场,发放《安全生产宣传教育手册》300余册',
];

/** A paragraph of `sentences` sentences, different for each seed, so every sentence of a report can be told apart. */
function paragraph(seed: number, sentences = 2): string {
  return Array.from({ length: sentences }, (_, i) => {
    const n = seed * 7 + i;
    return `第${n + 1}项工作中,${PHRASES[n % PHRASES.length]}。`;
  }).join('');
}

/**
 * A report of the year with the four parts the 督察工作规定 asks for. `extraSubsections` lengthens the
 * first section, for a report of a realistic 20 pages.
 */
export function fixtureReport(year: number, extraSubsections = 0): FixtureReport {
  let seed = (year % 100) * 100;
  const next = (sentences?: number): string => paragraph((seed += 1), sentences);
  return {
    year,
    title: `新荣经济技术开发区${year}年法治政府建设年度报告`,
    opening: `${year}年,新荣经开区${next(1)}现将法治政府建设情况报告如下:`,
    sections: [
      {
        title: '主要举措和成效',
        subsections: [
          { title: '在学法知法中提升法治思维', paragraphs: [next(3)], items: [next(1), next(2)] },
          {
            title: '在规范执法中扛起法治担当',
            standalone: true,
            paragraphs: [next(2), `全年行政执法情况见下表。`],
            table: [
              ['项目', '数量', '备注'],
              ['行政检查', '126次', '双随机抽查'],
              ['行政处罚', '9件', '均经法制审核'],
            ],
          },
          ...Array.from({ length: extraSubsections }, (_, i) => ({
            title: `在第${i + 3}个方面持续用力`,
            paragraphs: [next(4), next(4), next(3)],
          })),
        ],
      },
      {
        title: '存在的不足和原因',
        subsections: [
          { title: '法治实践能力有待提升', paragraphs: [next(1)] },
          { title: '普法宣传方式有待创新', paragraphs: [next(2)] },
        ],
      },
      {
        title: '党政主要负责人履行推进法治建设第一责任人职责情况',
        subsections: [{ title: '带头学法述法', paragraphs: [next(2)] }],
      },
      {
        title: `${year + 1}年工作安排`,
        subsections: [{ title: '在强化法治意识上再下功夫', paragraphs: [next(2)], items: [next(1), next(1), next(1)] }],
      },
    ],
    issuers: ['新荣经济技术开发区管理委员会'],
    numbering: { subsection: (n) => `（${NUMERALS[n - 1]}）`, item: (n) => `${n}.` },
    date: `${year}年12月8日`,
    isoDate: `${year}-12-08`,
  };
}

/** The paragraphs of one section as typed, its heading first; table rows as their cells separated by spaces. */
export function sectionLines(report: FixtureReport, index: number): string[] {
  const section = report.sections[index]!;
  return [
    `${NUMERALS[index]}、${section.title}`,
    ...section.subsections.flatMap((sub, i) => {
      const heading = `${report.numbering.subsection(i + 1)}${sub.title}`;
      const [first = '', ...rest] = sub.paragraphs;
      return [
        ...(sub.standalone ? [heading, first] : [`${heading}。${first}`]),
        ...rest,
        ...(sub.table ?? []).map((row) => row.join(' ')),
        ...(sub.items ?? []).map((item, n) => `${report.numbering.item((sub.firstItem ?? 1) + n)}${item}`),
      ];
    }),
  ];
}

/** Each paragraph of the report as typed, in order, title to date. */
export function documentLines(report: FixtureReport): string[] {
  return [
    report.title,
    report.opening,
    ...report.sections.flatMap((_, index) => sectionLines(report, index)),
    ...report.issuers,
    report.date,
  ];
}

/** The report as a plain-text file would carry it: full-width indentation, one paragraph a line. */
export function plainText(report: FixtureReport, lineEnd = '\n'): string {
  const lines = documentLines(report);
  const signature = lines.length - report.issuers.length - 1;
  return lines.map((line, i) => (i === 0 || i >= signature ? line : `${INDENT}${line}`)).join(lineEnd) + lineEnd;
}

// 公文 fonts: 方正小标宋 for the title, 黑体 for 一、, 楷体 for （一）, bold 仿宋 for 1., 仿宋 for the text.
const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
const run = (text: string, font = BODY_FONT, bold = false): TextRun => new TextRun({ text, font, bold, size: 32 });
const bodyParagraph = (...runs: TextRun[]): Paragraph => new Paragraph({ children: [run(INDENT), ...runs] });

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Issuers side by side and the date under the last, in a table without borders, as offices lay out a joint signature. */
function signatureTable(report: FixtureReport): Table {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text)] })] });
  return new Table({
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [
      new TableRow({ children: report.issuers.map(cell) }),
      new TableRow({ children: report.issuers.map((_, i) => cell(i === report.issuers.length - 1 ? report.date : '')) }),
    ],
  });
}

/** The report as a Word document in the 公文 style; its signature in paragraphs, or in a borderless table. */
export async function gongwenDocx(report: FixtureReport, options: { signature?: 'lines' | 'table' } = {}): Promise<Buffer> {
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(report.title, TITLE_FONT)] }),
    bodyParagraph(run(report.opening)),
  ];
  report.sections.forEach((section, s) => {
    children.push(bodyParagraph(run(`${NUMERALS[s]}、${section.title}`, '黑体')));
    section.subsections.forEach((sub, i) => {
      const heading = `${report.numbering.subsection(i + 1)}${sub.title}`;
      const [first = '', ...rest] = sub.paragraphs;
      const note: TextRun[] = [];
      if (sub.footnote !== undefined) {
        const id = Object.keys(footnotes).length + 1;
        footnotes[id] = { children: [new Paragraph({ children: [new TextRun(sub.footnote)] })] };
        note.push(new FootnoteReferenceRun(id));
      }
      if (sub.standalone) children.push(bodyParagraph(run(heading, '楷体_GB2312')), bodyParagraph(run(first), ...note));
      else children.push(bodyParagraph(run(`${heading}。`, '楷体_GB2312'), run(first), ...note));
      for (const text of rest) children.push(bodyParagraph(run(text)));
      if (sub.table) {
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: sub.table.map(
              (row) =>
                new TableRow({
                  children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: [run(cell)] })] })),
                }),
            ),
          }),
        );
      }
      (sub.items ?? []).forEach((item, n) => {
        const stop = item.indexOf('。') + 1;
        const label = report.numbering.item((sub.firstItem ?? 1) + n);
        children.push(bodyParagraph(run(`${label}${item.slice(0, stop)}`, BODY_FONT, true), run(item.slice(stop))));
      });
    });
  });
  if (options.signature === 'table') children.push(signatureTable(report));
  else {
    for (const text of [...report.issuers, report.date])
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)] }));
  }
  return Packer.toBuffer(new Document({ footnotes, sections: [{ children }] }));
}

// The shapes offices' reports come in (issue 10), as variants of a fixture report.

/** A report issued jointly by the zone's Party working committee and its administrative committee. */
export function jointlyIssued(report: FixtureReport): FixtureReport {
  return { ...report, issuers: ['中共新荣经济技术开发区工作委员会', '新荣经济技术开发区管理委员会'] };
}

/** Items numbered on across the subsections of the first section: 1. 2. under （一）, 3. 4. under （二）. */
export function itemsNumberedOn(report: FixtureReport): FixtureReport {
  const [first, ...others] = report.sections;
  const [a, b, ...rest] = first!.subsections;
  const numberedOn = { ...b!, items: ['执法人员全部持证上岗。', '执法案卷评查全覆盖。'], firstItem: (a!.items?.length ?? 0) + 1 };
  return { ...report, sections: [{ ...first!, subsections: [a!, numberedOn, ...rest] }, ...others] };
}

/** 一、 then straight to 1、 for the subsections (no （一） anywhere), with （1） for the items. */
export function skippedLevel(report: FixtureReport): FixtureReport {
  return { ...report, numbering: { subsection: (n) => `${n}、`, item: (n) => `（${n}）` } };
}

/** The opening quotes the zone's slogan, whose two halves are separated by one space. */
export const SLOGAN = '坚持依法行政 建设法治政府';
export function withSlogan(report: FixtureReport): FixtureReport {
  return { ...report, opening: report.opening.replace('现将', `围绕“${SLOGAN}”的目标，现将`) };
}

/** A footnote on the first paragraph of the first subsection. */
export const FOOTNOTE = '含线上专题学习4次。';
export function withFootnote(report: FixtureReport): FixtureReport {
  const [first, ...others] = report.sections;
  const [a, ...rest] = first!.subsections;
  return { ...report, sections: [{ ...first!, subsections: [{ ...a!, footnote: FOOTNOTE }, ...rest] }, ...others] };
}

/** Sections named by theme: the measures told under three of them, then the shortcomings and the plans. */
export function thematicSections(report: FixtureReport): FixtureReport {
  const [measures, shortcomings, , plans] = report.sections;
  const [a, b] = measures!.subsections;
  return {
    ...report,
    sections: [
      { title: '坚持党的领导，把牢法治政府建设正确方向', subsections: [a!] },
      { title: '深化放管服改革，依法全面履行政府职能', subsections: [b!] },
      { title: '严格规范公正文明执法', subsections: [{ title: '主要负责人带头履职', paragraphs: ['主要负责人带头学法述法。'] }] },
      { title: '存在的问题', subsections: shortcomings!.subsections },
      { title: '下一步工作打算', subsections: plans!.subsections },
    ],
  };
}

/** Lines a web page puts above a report copied from it, and below. */
export function webPageLines(report: FixtureReport): { above: string[]; below: string[] } {
  return {
    above: [
      `今天是${report.year + 1}年3月5日 星期三`,
      '当前位置：首页 > 信息公开 > 法治政府建设',
      report.title,
      `来源：新荣经济技术开发区 更新时间：${report.year + 1}-03-05 10:20`,
      `发布时间：${report.year + 1}-03-05　浏览次数：128`,
      '【字体：大 中 小】【打印】【关闭】',
    ],
    below: ['扫一扫在手机打开当前页', '【打印本页】【关闭窗口】'],
  };
}

/** The report as copied from a web page into a text file. */
export function copiedFromWebPage(report: FixtureReport): string {
  const { above, below } = webPageLines(report);
  return [...above, plainText(report).trimEnd(), ...below].join('\n') + '\n';
}

/** A text box anchored in a paragraph, as Word saves it: the box once for new readers, once more as a fallback. */
function textBoxRun(paragraphs: string[]): string {
  const content = `<w:txbxContent>${paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('')}</w:txbxContent>`;
  return (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>' +
    `<wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}

/**
 * The .docx with a text box put in the middle of the paragraph that starts with `anchor`: the words of the
 * anchor before the box, then the box, then the rest of the paragraph's text.
 */
export function withTextBox(docx: Uint8Array, anchor: string, box: string[]): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']!);
  const at = xml.indexOf(`${anchor}</w:t></w:r>`);
  if (at === -1) throw new Error(`no run ending in ${anchor}`);
  const end = at + `${anchor}</w:t></w:r>`.length;
  files['word/document.xml'] = strToU8(xml.slice(0, end) + textBoxRun(box) + xml.slice(end));
  return zipSync(files);
}
