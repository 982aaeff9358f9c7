/** The shapes offices' reports come in, each read into the report it is (issue 10). */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/importer/parse-document.ts';
import { blocksFromText, type SourceBlock } from '../../../src/importer/source.ts';
import { describeImport, summarize } from '../../../src/importer/summary.ts';
import { reportFiles } from '../../../src/importer/to-mdx.ts';

const TITLE = '新荣经济技术开发区2025年法治政府建设年度报告';
const BODY = [
  '2025年，开发区坚持依法行政。现将情况报告如下：',
  '一、主要举措和成效',
  '（一）学法。全年学习12次。',
  '二、存在的不足和原因',
  '（一）能力不足。部分干部学习不够。',
  '三、2026年工作安排',
  '（一）加强学习。继续学习。',
  '最后一段正文。',
];
const parse = (lines: string[], options = {}) => parseReport(blocksFromText(lines.join('\n')), options);
const lastParagraph = (report: ReturnType<typeof parse>['report']) =>
  report.sections.at(-1)?.subsections.at(-1)?.blocks.at(-1);

describe('joint signatures', () => {
  it('keeps every issuer above the date, in order, and none of them in the last section', () => {
    const { report, warnings } = parse([TITLE, ...BODY, '中共新荣经济技术开发区工作委员会', '新荣经济技术开发区管理委员会', '2025年12月8日']);
    expect(report.issuers).toEqual(['中共新荣经济技术开发区工作委员会', '新荣经济技术开发区管理委员会']);
    expect(lastParagraph(report)).toEqual({ kind: 'paragraph', text: '最后一段正文。' });
    expect(warnings).toEqual([]);
    expect(reportFiles(report)[0]?.content).toContain(
      'issuer:\n  - 中共新荣经济技术开发区工作委员会\n  - 新荣经济技术开发区管理委员会\ndate: 2025年12月8日\n',
    );
    expect(reportFiles(report).at(-1)?.content).not.toContain('工作委员会');
  });

  it('reads issuers set side by side on one line, spaced out for alignment', () => {
    for (const line of [
      '中共新荣经济技术开发区工作委员会\u3000\u3000新荣经济技术开发区管理委员会',
      '中共新荣经济技术开发区工作委员会    新荣经济技术开发区管理委员会',
      '中共新荣经济技术开发区工作委员会\t新荣经济技术开发区管理委员会',
    ]) {
      const { report } = parse([TITLE, ...BODY, line, '2025年12月8日']);
      expect(report.issuers, line).toEqual(['中共新荣经济技术开发区工作委员会', '新荣经济技术开发区管理委员会']);
      expect(lastParagraph(report)).toEqual({ kind: 'paragraph', text: '最后一段正文。' });
    }
  });

  it('writes one issuer as a plain value, as before', () => {
    const { report } = parse([TITLE, ...BODY, '新荣经济技术开发区管理委员会', '2025年12月8日']);
    expect(reportFiles(report)[0]?.content).toContain('\nissuer: 新荣经济技术开发区管理委员会\ndate: 2025年12月8日\n');
  });

  it('never takes a short last line of the report that is not an office for a second issuer', () => {
    const { report } = parse([TITLE, ...BODY.slice(0, -1), '继续加强学习', '新荣经济技术开发区管理委员会', '2025年12月8日']);
    expect(report.issuers).toEqual(['新荣经济技术开发区管理委员会']);
    expect(lastParagraph(report)).toEqual({ kind: 'paragraph', text: '继续加强学习' });
  });
});

describe('a signature laid out in a last borderless table', () => {
  const withTable = (rows: string[][]): SourceBlock[] => [
    ...blocksFromText([TITLE, ...BODY].join('\n')),
    { kind: 'table', rows },
  ];

  it('is read as the signature, side by side or one under another, not published as a table', () => {
    for (const rows of [
      [['中共新荣经济技术开发区工作委员会', '新荣经济技术开发区管理委员会'], ['', '2025年12月8日']],
      [['中共新荣经济技术开发区工作委员会\n新荣经济技术开发区管理委员会\n2025年12月8日']],
    ]) {
      const { report, warnings } = parseReport(withTable(rows));
      expect(report.issuers).toEqual(['中共新荣经济技术开发区工作委员会', '新荣经济技术开发区管理委员会']);
      expect(report.date).toBe('2025-12-08');
      expect(warnings).toEqual([]);
      expect(reportFiles(report).some((file) => file.content.includes('|'))).toBe(false);
    }
  });

  it('stays a body table when it holds anything else', () => {
    const { report } = parseReport(withTable([['项目', '数量'], ['行政检查', '2025年12月8日']]));
    expect(report.issuers).toEqual([]);
    expect(lastParagraph(report)).toMatchObject({ kind: 'table' });
  });
});

describe('a report copied from a web page', () => {
  const PAGE = [
    '今天是2025年3月5日 星期三',
    '当前位置：首页 > 信息公开 > 法治政府建设',
    TITLE,
    '来源：新荣经济技术开发区 更新时间：2025-03-05 10:20',
    '发布时间：2025-03-05　浏览次数：128',
    '【字体：大 中 小】【打印】【关闭】',
    TITLE,
    ...BODY,
    '新荣经济技术开发区管理委员会',
    '2025年12月8日',
    '扫一扫在手机打开当前页',
    '【打印本页】【关闭窗口】',
  ];

  it('drops the page’s lines and lists each one in document order; title and year come from the report’s title line', () => {
    const { report, warnings } = parse(PAGE);
    expect(report.title).toBe(TITLE);
    expect(report.year).toBe('2025');
    expect(report.opening).toEqual([{ kind: 'paragraph', text: BODY[0] }]);
    expect(report.date).toBe('2025-12-08');
    expect(warnings).toEqual([]);
    expect(report.dropped).toEqual([
      '今天是2025年3月5日 星期三',
      '当前位置：首页 > 信息公开 > 法治政府建设',
      '来源：新荣经济技术开发区 更新时间：2025-03-05 10:20',
      '发布时间：2025-03-05浏览次数：128',
      '【字体：大 中 小】【打印】【关闭】',
      TITLE,
      '扫一扫在手机打开当前页',
      '【打印本页】【关闭窗口】',
    ]);
    const summary = describeImport(summarize(report, { parts: [], warnings, format: 'x' }));
    for (const line of report.dropped) expect(summary).toContain(`  − ${line}`);
  });

  it('takes the year from the title even when the page’s date comes first and says another year', () => {
    const { report } = parse(['2026年1月5日 09:30', ...PAGE.slice(2)]);
    expect(report.year).toBe('2025');
    expect(report.title).toBe(TITLE);
  });
});

describe('numbering', () => {
  const withItems = (items: string[]) =>
    parse([
      TITLE,
      BODY[0]!,
      '一、主要举措和成效',
      '（一）学法',
      ...items.slice(0, 2),
      '（二）用法',
      ...items.slice(2),
      ...BODY.slice(3),
      '新荣经济技术开发区管理委员会',
      '2025年12月8日',
    ]);

  it('accepts items numbered on across subsections, or restarting in each', () => {
    expect(withItems(['1.学习。', '2.培训。', '3.执法。']).warnings).toEqual([]);
    expect(withItems(['1.学习。', '2.培训。', '1.执法。']).warnings).toEqual([]);
  });

  it('warns of a real gap inside one list', () => {
    const { warnings } = withItems(['1.学习。', '2.培训。', '3.执法。', '5.普法。']);
    expect(warnings.map((w) => w.chinese)).toEqual([expect.stringMatching(/条目编号不连续：3\.之后是5\.，应为4\./)]);
  });

  it('makes 1、 the subsection level of a report that has no （一）, so contents and anchors keep it', () => {
    const { report, warnings } = parse([
      TITLE,
      BODY[0]!,
      '一、主要举措和成效',
      '1、推进依法决策。全年审查合同30份。',
      '（1）合同审查。审查30份。',
      '（2）规范性文件。审查5件。',
      '2、规范执法行为。全年检查126次。',
      '二、存在的不足和原因',
      '1、能力不足。学习不够。',
      '三、2026年工作安排',
      '1、加强学习。继续学习。',
      '新荣经济技术开发区管理委员会',
      '2025年12月8日',
    ]);
    expect(report.sections[0]?.subsections).toEqual([
      {
        title: '推进依法决策',
        blocks: [
          { kind: 'paragraph', text: '全年审查合同30份。' },
          { kind: 'item', number: 1, text: '（1）合同审查。审查30份。' },
          { kind: 'item', number: 2, text: '（2）规范性文件。审查5件。' },
        ],
      },
      { title: '规范执法行为', blocks: [{ kind: 'paragraph', text: '全年检查126次。' }] },
    ]);
    expect(reportFiles(report)[1]?.content).toContain('## 推进依法决策\n\n全年审查合同30份。');
    expect(warnings.map((w) => w.chinese)).toEqual([expect.stringMatching(/第二级标题用“1\.”编号，已作为小标题导入/)]);
  });
});

describe('spaces', () => {
  it('keeps the one space of a slogan and removes layout spacing', () => {
    const { report } = parse([TITLE, '　　我们坚持依法行政 建设法治政府，取得成效 。', ...BODY.slice(1)]);
    expect(report.opening).toEqual([{ kind: 'paragraph', text: '我们坚持依法行政 建设法治政府，取得成效。' }]);
  });
});

describe('notes', () => {
  it('writes the notes a section refers to at the end of its file, marks left in the text', () => {
    const blocks = blocksFromText([TITLE, ...BODY].join('\n')).map((block) =>
      block.kind === 'paragraph' && block.text.startsWith('（一）学法')
        ? { ...block, text: '（一）学法。全年学习12次①。', notes: ['①含线上学习 4 次。'] }
        : block,
    );
    const files = reportFiles(parseReport(blocks).report);
    expect(files[1]?.content).toMatch(/## 学法\n\n全年学习12次①。\n\n注释：\n\n①含线上学习4次。\n$/);
    expect(files[2]?.content).not.toContain('注释');
  });
});

describe('notes on headings', () => {
  it('keeps a note on the title with the opening, and a note on a last heading with the paragraph before it', () => {
    const blocks = blocksFromText([TITLE, ...BODY.slice(0, -2), '（一）加强学习', '新荣经济技术开发区管理委员会', '2025年12月8日'].join('\n')).map(
      (block, i, all) =>
        block.kind !== 'paragraph'
          ? block
          : i === 0
            ? { ...block, text: `${TITLE}①`, notes: ['①数据截至2025年11月。'] }
            : i === all.length - 3
              ? { ...block, text: '（一）加强学习②', notes: ['②见附表。'] }
              : block,
    );
    const { report } = parseReport(blocks);
    const files = reportFiles(report);
    expect(files[0]?.content).toMatch(/注释：\n\n①数据截至2025年11月。\n$/);
    expect(files.at(-1)?.content).toMatch(/注释：\n\n②见附表。\n$/);
  });
});
