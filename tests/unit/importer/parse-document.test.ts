import { describe, expect, it } from 'vitest';
import {
  normalizeParagraph,
  parseReport,
  type ImportWarning,
} from '../../../src/importer/parse-document.ts';
import { blocksFromText, ImportError } from '../../../src/importer/source.ts';
import { partsChecklist } from '../../../src/importer/summary.ts';

const FULL_REPORT = `新荣经济技术开发区2025年法治政府建设年度报告
　　2025年,新荣经开区坚持依法行政。现将情况报告如下:
一、主要举措和成效
（一）在学法知法中提升法治思维。严格落实“第一议题”制度，学习《宪法》。
1.加强学习。全年学习 12 次。
2.加强培训。全年培训３次。
（二）在守法用法中扛起法治担当
　　扎实推进党纪学习教育。
二、存在的不足和原因
（一）法治能力有待提升。部分干部学习不够深入。
三、党政主要负责人履行推进法治建设第一责任人职责情况
　　主要负责人带头学法。
四、2026年工作安排
（一）在强化法治意识上再下功夫。加强学习。
新荣经济技术开发区管理委员会
2025年12月5日`;

const parse = (text: string, options = {}) => parseReport(blocksFromText(text), options);
const chineseOf = (warnings: ImportWarning[]) => warnings.map((w) => w.chinese);

describe('parseReport', () => {
  it('reads title, opening, sections, subsections, items, issuer and date of a complete report without warnings', () => {
    const { report, warnings } = parse(FULL_REPORT);
    expect(warnings).toEqual([]);
    expect(report).toMatchObject({
      year: '2025',
      title: '新荣经济技术开发区2025年法治政府建设年度报告',
      issuers: ['新荣经济技术开发区管理委员会'],
      date: '2025-12-05',
      opening: [{ kind: 'paragraph', text: '2025年，新荣经开区坚持依法行政。现将情况报告如下：' }],
    });
    expect(report.sections.map((s) => s.title)).toEqual([
      '主要举措和成效',
      '存在的不足和原因',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '2026年工作安排',
    ]);
    expect(report.sections[0]?.subsections).toEqual([
      {
        title: '在学法知法中提升法治思维',
        blocks: [
          { kind: 'paragraph', text: '严格落实“第一议题”制度，学习《宪法》。' },
          { kind: 'item', number: 1, text: '1.加强学习。全年学习12次。' },
          { kind: 'item', number: 2, text: '2.加强培训。全年培训3次。' },
        ],
      },
      { title: '在守法用法中扛起法治担当', blocks: [{ kind: 'paragraph', text: '扎实推进党纪学习教育。' }] },
    ]);
    expect(report.sections[2]).toEqual({
      title: '党政主要负责人履行推进法治建设第一责任人职责情况',
      blocks: [{ kind: 'paragraph', text: '主要负责人带头学法。' }],
      subsections: [],
    });
  });

  it('ends a run-in heading where its emphasized words end, even past the first sentence stop', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: '报告', emphasized: '' },
      { kind: 'paragraph' as const, text: '一、主要举措和成效', emphasized: '' },
      {
        kind: 'paragraph' as const,
        text: '（一）推进依法决策：决策科学。全年审查合同30份。',
        emphasized: '（一）推进依法决策：决策科学。',
      },
    ];
    const { report } = parseReport(blocks, { year: '2025' });
    expect(report.sections[0]?.subsections[0]).toEqual({
      title: '推进依法决策：决策科学',
      blocks: [{ kind: 'paragraph', text: '全年审查合同30份。' }],
    });
  });

  it('does not take a number at the start of a sentence for a numbered item', () => {
    const { report } = parse(FULL_REPORT.replace('扎实推进党纪学习教育。', '1.5亿元用于执法装备。'));
    expect(report.sections[0]?.subsections[1]?.blocks).toEqual([{ kind: 'paragraph', text: '1.5亿元用于执法装备。' }]);
  });

  it('warns of numbering gaps at every level', () => {
    const text = FULL_REPORT.replace('（二）在守法', '（三）在守法')
      .replace('2.加强培训', '3.加强培训')
      .replace('三、党政', '五、党政');
    const warnings = chineseOf(parse(text).warnings);
    expect(warnings).toContainEqual(expect.stringMatching(/小标题编号不连续：（一）之后是（三），应为（二）/));
    expect(warnings).toContainEqual(expect.stringMatching(/条目编号不连续：1\.之后是3\.，应为2\./));
    expect(warnings).toContainEqual(expect.stringMatching(/章节编号不连续：二、之后是五、，应为三、/));
  });

  it('warns of a missing signature and a missing date, and leaves them unset', () => {
    const { report, warnings } = parse(FULL_REPORT.split('\n').slice(0, -2).join('\n'));
    expect(report.issuers).toEqual([]);
    expect(report.date).toBeUndefined();
    expect(chineseOf(warnings)).toEqual([
      expect.stringMatching(/没有找到落款（发布机构）/),
      expect.stringMatching(/没有找到落款日期/),
    ]);
  });

  it('finds the issuer of a report whose date is missing', () => {
    const { report, warnings } = parse(FULL_REPORT.split('\n').slice(0, -1).join('\n'));
    expect(report.issuers).toEqual(['新荣经济技术开发区管理委员会']);
    expect(report.sections[3]?.subsections[0]?.blocks).toEqual([{ kind: 'paragraph', text: '加强学习。' }]);
    expect(chineseOf(warnings)).toEqual([expect.stringMatching(/没有找到落款日期/)]);
  });

  it('leaves the required parts to the summary’s checklist instead of warning on every document', () => {
    const text = FULL_REPORT.replace(
      '三、党政主要负责人履行推进法治建设第一责任人职责情况\n　　主要负责人带头学法。\n',
      '',
    ).replace('四、2026年', '三、2026年');
    const { report, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(partsChecklist(report)).toContainEqual(
      expect.stringMatching(/^ {2}✗ 上一年度党政主要负责人履行推进法治建设第一责任人职责/),
    );
    const noPlans = text.replace('三、2026年工作安排\n（一）在强化法治意识上再下功夫。加强学习。\n', '');
    expect(partsChecklist(parse(noPlans).report).filter((line) => line.startsWith('  ✗'))).toHaveLength(3);
  });

  it('keeps a paragraph it cannot place in a section, with a warning, and leaves out what follows the date', () => {
    const text =
      FULL_REPORT.replace('现将情况报告如下:', '现将情况报告如下:\n（一）放错位置的小标题。正文。') +
      '\n扫一扫在手机上查看当前页面';
    const { report, warnings } = parse(text);
    expect(report.opening.map((b) => b.kind !== 'table' && b.text)).toEqual([
      '2025年，新荣经开区坚持依法行政。现将情况报告如下：',
      '（一）放错位置的小标题。正文。',
    ]);
    expect(chineseOf(warnings)).toEqual([
      expect.stringMatching(/“（一）放错位置的小标题。正文。”像是小标题或编号条目，无法归入任何一章/),
    ]);
    expect(report.dropped).toEqual(['扫一扫在手机上查看当前页面']);
    expect(report.sections.at(-1)?.subsections.at(-1)?.blocks).toEqual([{ kind: 'paragraph', text: '加强学习。' }]);
  });

  it('takes the year from --year over the title, with a warning when they differ', () => {
    const { report, warnings } = parse(FULL_REPORT, { year: '2026' });
    expect(report.year).toBe('2026');
    expect(chineseOf(warnings)).toEqual([expect.stringMatching(/指定的年份 2026 与标题中的年份 2025 不一致/)]);
  });

  it('refuses an empty document, one without section headings and one without a year', () => {
    expect(() => parse(' \n　\n')).toThrow(ImportError);
    expect(() => parse('报告\n这是一段没有任何章节标题的文字。')).toThrow(
      /找不到“一、”“二、”这样的章节标题[\s\S]*No section headings/,
    );
    expect(() => parse(FULL_REPORT.replace('2025年法治', '年度法治'))).toThrow(/--year 2025/);
  });
});

describe('normalizeParagraph', () => {
  it('edits as a careful editor would: indentation, stray spaces, half-width punctuation and digits', () => {
    expect(normalizeParagraph('\u3000\u30002025年,开展活动 １８ 场 ,\t效果(良好)。 ')).toBe(
      '2025年，开展活动18场，效果（良好）。',
    );
  });
});

describe('markup in the document', () => {
  const report = (line: string) =>
    blocksFromText(['新荣经济技术开发区2025年法治政府建设年度报告', '一、主要举措和成效', line, '新荣经济技术开发区管理委员会', '2025年12月5日'].join('\n'));

  it('refuses HTML elements, naming the paragraph', () => {
    for (const markup of ['<script>alert(1)</script>', '<b>加粗</b>', '<img src=x onerror=alert(1)>', '<br/>']) {
      expect(() => parseReport(report(`（一）正文${markup}。`)), markup).toThrow(/第 3 段[\s\S]*网页代码/);
    }
  });

  it('keeps braces and lone angle brackets as text', () => {
    expect(() => parseReport(report('（一）正文{1+1}，3<5>2，a > b。'))).not.toThrow();
  });
});
