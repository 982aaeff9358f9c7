/**
 * Reports as staff receive them, made by the tests themselves: a .docx in the 公文 style (headings set by
 * font, never by Word's heading styles; full-width indentation; a table; numbered items) and the same
 * report as plain text, with the untidiness of real typing (half-width punctuation, stray spaces).
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export interface FixtureSubsection {
  title: string;
  /** When true the heading is a paragraph of its own; otherwise its body runs in after it, as （一）标题。正文 */
  standalone?: boolean;
  paragraphs: string[];
  items?: string[];
  table?: string[][];
}

export interface FixtureReport {
  year: number;
  title: string;
  opening: string;
  sections: { title: string; subsections: FixtureSubsection[] }[];
  issuer: string;
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
    issuer: '新荣经济技术开发区管理委员会',
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
      const heading = `（${NUMERALS[i]}）${sub.title}`;
      const [first = '', ...rest] = sub.paragraphs;
      return [
        ...(sub.standalone ? [heading, first] : [`${heading}。${first}`]),
        ...rest,
        ...(sub.table ?? []).map((row) => row.join(' ')),
        ...(sub.items ?? []).map((item, n) => `${n + 1}.${item}`),
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
    report.issuer,
    report.date,
  ];
}

/** The report as a plain-text file would carry it: full-width indentation, one paragraph a line. */
export function plainText(report: FixtureReport, lineEnd = '\n'): string {
  const lines = documentLines(report);
  return lines.map((line, i) => (i === 0 || i >= lines.length - 2 ? line : `${INDENT}${line}`)).join(lineEnd) + lineEnd;
}

// 公文 fonts: 方正小标宋 for the title, 黑体 for 一、, 楷体 for （一）, bold 仿宋 for 1., 仿宋 for the text.
const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
const run = (text: string, font = BODY_FONT, bold = false): TextRun => new TextRun({ text, font, bold, size: 32 });
const bodyParagraph = (...runs: TextRun[]): Paragraph => new Paragraph({ children: [run(INDENT), ...runs] });

/** The report as a Word document in the 公文 style. */
export async function gongwenDocx(report: FixtureReport): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(report.title, TITLE_FONT)] }),
    bodyParagraph(run(report.opening)),
  ];
  report.sections.forEach((section, s) => {
    children.push(bodyParagraph(run(`${NUMERALS[s]}、${section.title}`, '黑体')));
    section.subsections.forEach((sub, i) => {
      const heading = `（${NUMERALS[i]}）${sub.title}`;
      const [first = '', ...rest] = sub.paragraphs;
      if (sub.standalone) children.push(bodyParagraph(run(heading, '楷体_GB2312')), bodyParagraph(run(first)));
      else children.push(bodyParagraph(run(`${heading}。`, '楷体_GB2312'), run(first)));
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
        children.push(bodyParagraph(run(`${n + 1}.${item.slice(0, stop)}`, BODY_FONT, true), run(item.slice(stop))));
      });
    });
  });
  children.push(
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(report.issuer)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(report.date)] }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
