import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/importer/parse-document.ts';
import { skeletonFiles } from '../../../src/importer/skeleton.ts';
import { blocksFromText } from '../../../src/importer/source.ts';
import { partsChecklist } from '../../../src/importer/summary.ts';
import { REQUIRED_PARTS } from '../../../src/lib/report/parts.ts';
import { PLACEHOLDER, placeholderLocations } from '../../../src/lib/report/unfinished.ts';

const PREVIOUS = {
  year: '2024',
  title: '新荣经济技术开发区2024年法治政府建设年度报告',
  issuers: ['新荣经济技术开发区管理委员会'],
};

describe('skeletonFiles', () => {
  it('starts from the previous report’s title and issuer, with a section for each of the five required parts', () => {
    const files = skeletonFiles('2025', PREVIOUS);
    expect(files.map((f) => f.name)).toEqual(['report.mdx', '1.mdx', '2.mdx', '3.mdx', '4.mdx', '5.mdx']);
    expect(files[0]?.content).toContain('title: 新荣经济技术开发区2025年法治政府建设年度报告\n');
    expect(files[0]?.content).toContain('issuer: 新荣经济技术开发区管理委员会\n');
    expect(files[3]?.content).toMatch(/^number: 3\ntitle: 党政主要负责人履行推进法治建设第一责任人职责情况$/m);
    expect(files[5]?.content).toMatch(/^number: 5\ntitle: 其他需要报告的情况$/m);
  });

  it('keeps a joint report’s issuers, in order, as a list', () => {
    const joint = { ...PREVIOUS, issuers: ['中共新荣经济技术开发区工作委员会', '新荣经济技术开发区管理委员会'] };
    expect(skeletonFiles('2025', joint)[0]?.content).toContain(
      'issuer:\n  - 中共新荣经济技术开发区工作委员会\n  - 新荣经济技术开发区管理委员会\ndate:',
    );
  });

  it('marks every part that needs words, and the date, as to be filled in', () => {
    const places = placeholderLocations(skeletonFiles('2025', PREVIOUS));
    expect(places.filter((p) => p.startsWith('report.mdx'))).toHaveLength(2);
    for (const n of [1, 2, 3, 4, 5]) expect(places.filter((p) => p.startsWith(`${n}.mdx`))).toHaveLength(1);
    expect(skeletonFiles('2025')[0]?.content).toContain(`title: ${PLACEHOLDER}2025年法治政府建设年度报告\n`);
    expect(skeletonFiles('2025')[0]?.content).toContain(`issuer: ${PLACEHOLDER}\n`);
  });

  it('names the sections so that the import checklist finds each part in its own section', () => {
    const text = [
      '报告',
      '开头。',
      ...REQUIRED_PARTS.map((s, i) => `${'一二三四五'[i]}、${s.title}\n正文。`),
      '机构',
      '2025年12月5日',
    ].join('\n');
    const { report, warnings } = parseReport(blocksFromText(text), { year: '2025' });
    expect(warnings).toEqual([]);
    expect(partsChecklist(report).slice(1)).toEqual(
      REQUIRED_PARTS.map((part, i) => `  ✓ ${part.name}：${'一二三四五'[i]}、${part.title}`),
    );
  });
});
