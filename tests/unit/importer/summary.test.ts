import { describe, expect, it } from 'vitest';
import type { ImportedReport } from '../../../src/importer/parse-document.ts';
import { countReport, describeImport, summarize } from '../../../src/importer/summary.ts';

const REPORT: ImportedReport = {
  year: '2025',
  title: '二〇二五年报告',
  issuers: ['管委会'],
  date: '2025-12-05',
  opening: [{ kind: 'paragraph', text: '开头 一段。' }],
  sections: [
    {
      title: '主要举措和成效',
      blocks: [],
      subsections: [
        {
          title: '学法',
          blocks: [
            { kind: 'item', number: 1, text: '1.学习。' },
            { kind: 'table', rows: [['项目', '数量']] },
          ],
        },
        { title: '用法', blocks: [] },
      ],
    },
  ],
  dropped: [],
};

describe('countReport', () => {
  it('counts paragraphs and items, tables, and every character of the text but spaces', () => {
    // 7 (title) + 3 (issuer) + 7 + 2 + 2 (headings) + 5 (opening) + 5 (item) + 4 (table)
    expect(countReport(REPORT)).toEqual({ paragraphs: 2, tables: 1, characters: 35 });
  });
});

describe('describeImport', () => {
  it('lists what was found, each section with its number of subsections, then the warnings', () => {
    const warnings = [{ chinese: '缺少落款。', english: 'No signature.' }, { chinese: '编号不连续。', english: 'A gap.', paragraph: 7 }];
    const text = describeImport(summarize(REPORT, { parts: [], warnings, format: 'Word .docx' }));
    expect(text).toContain('日期 date:            2025年12月5日（2025-12-05）');
    expect(text).toContain('  一、主要举措和成效：2 个小标题 subsections，1 段 paragraphs，20 字 characters');
    expect(text).toMatch(/警告 warnings（2）：\n {2}⚠ 缺少落款。\n {4}No signature\.\n {2}⚠ 第 7 段 paragraph 7：编号不连续。\n {4}A gap\.$/);
    const none = summarize({ ...REPORT, issuers: [], date: undefined }, { parts: [], warnings: [], format: 'x' });
    expect(describeImport(none)).not.toContain('警告');
  });
});
