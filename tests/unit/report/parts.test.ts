import { describe, expect, it } from 'vitest';
import { findParts, partPlaceLabel, REQUIRED_PARTS, type SectionText } from '../../../src/lib/report/parts.ts';

const section = (number: number, title: string, subsections: string[] = [], text = '正文。'): SectionText => ({
  number,
  title,
  text,
  subsections: subsections.map((sub) => ({ title: sub, text: '正文。' })),
});

/** Each part's places as labels, in the order of REQUIRED_PARTS. */
const where = (sections: SectionText[]): string[][] =>
  findParts(sections).map(({ places }) => places.map(partPlaceLabel));

describe('REQUIRED_PARTS', () => {
  it('are the five parts of 《法治政府建设与责任落实督察工作规定》第二十五条, in its order', () => {
    expect(REQUIRED_PARTS.map((part) => part.name)).toEqual([
      '上一年度推进法治政府建设的主要举措和成效',
      '上一年度推进法治政府建设存在的不足和原因',
      '上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      '下一年度推进法治政府建设的主要安排',
      '其他需要报告的情况',
    ]);
  });
});

describe('findParts', () => {
  const USUAL_PHRASINGS: [number, string[]][] = [
    [0, ['主要举措和成效', '主要工作成效', '2024年法治政府建设主要做法', '工作开展情况', '主要工作及成效', '法治政府建设推进情况']],
    [1, ['存在的不足和原因', '存在不足和原因', '存在的问题和不足', '存在问题及原因分析', '存在的差距', '短板弱项']],
    [2, ['党政主要负责人履行推进法治建设第一责任人职责情况', '主要负责人履行法治建设第一责任人职责情况', '主要领导履职情况']],
    [3, ['下一年度工作安排', '下一步工作安排', '2025年工作打算', '二〇二五年工作计划', '今后工作思路', '下一步工作计划']],
    [4, ['其他需要报告的情况', '其他需要说明的事项', '其他事项']],
  ];

  for (const [index, titles] of USUAL_PHRASINGS) {
    it(`recognizes the usual phrasings of ${REQUIRED_PARTS[index]!.english}`, () => {
      for (const title of titles) {
        const found = findParts([section(1, '引言'), section(2, title)])[index];
        expect(found?.places, title).toEqual([{ section: 2, title }]);
      }
    });
  }

  it('says where each part of a report in the usual shape is, and which are missing', () => {
    const sections = [
      section(1, '主要工作成效', ['在学法知法中提升法治思维', '在守法用法中扛起法治担当']),
      section(2, '存在不足和原因'),
      section(3, '下一步工作安排'),
    ];
    expect(where(sections)).toEqual([['一、主要工作成效'], ['二、存在不足和原因'], [], ['三、下一步工作安排'], []]);
  });

  it('finds a part told in a subsection, or only in the text, with its place', () => {
    const sections = [
      section(1, '主要举措和成效', ['深化依法行政', '强化第一责任人职责落实']),
      section(2, '存在的不足和原因'),
      section(3, '2026年工作安排', [], '主要负责人带头学法。'),
    ];
    expect(where(sections)[2]).toEqual(['一（二）强化第一责任人职责落实']);
    const inText = [section(1, '主要举措和成效', [], '党政主要负责人带头述法。'), section(2, '存在的不足')];
    expect(where(inText)[2]).toEqual(['一、主要举措和成效']);
  });

  it('takes thematic sections before the first other part for the measures, and never a plans section', () => {
    const sections = [
      section(1, '坚持党的领导，把牢法治政府建设正确方向'),
      section(2, '深化“放管服”改革，依法全面履行政府职能'),
      section(3, '严格规范公正文明执法'),
      section(4, '存在的问题'),
      section(5, '2025年主要工作安排'),
      section(6, '其他需要报告的情况'),
    ];
    expect(where(sections)).toEqual([
      [
        '一、坚持党的领导，把牢法治政府建设正确方向',
        '二、深化“放管服”改革，依法全面履行政府职能',
        '三、严格规范公正文明执法',
      ],
      ['四、存在的问题'],
      [],
      ['五、2025年主要工作安排'],
      ['六、其他需要报告的情况'],
    ]);
  });

  it('finds nothing in a report without sections', () => {
    expect(findParts([]).map(({ places }) => places)).toEqual([[], [], [], [], []]);
  });
});
