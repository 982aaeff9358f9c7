import { describe, expect, it } from 'vitest';
import { assembleReports, ContentError, type ReportInput, type SectionInput } from '../../../src/lib/report/model.ts';

const report = (year: string, date = `${year}-12-05`): ReportInput<null> => ({
  year,
  filePath: `content/${year}/report.mdx`,
  title: `${year}年报告`,
  issuers: ['新荣经济技术开发区管理委员会'],
  date,
  opening: null,
});
const section = (year: string, number: number, file = `${number}.mdx`): SectionInput<string> => ({
  year,
  filePath: `content/${year}/${file}`,
  number,
  title: `第${number}章`,
  body: `body ${year}/${number}`,
});

function contentError(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('assembleReports', () => {
  it('orders reports newest first and sections by number, linked to their neighbours', () => {
    const reports = assembleReports(
      [report('2024'), report('2025')],
      [section('2024', 3), section('2025', 1), section('2024', 1), section('2024', 2)],
    );
    expect(reports.map((r) => r.year)).toEqual(['2025', '2024']);
    const [, r2024] = reports;
    expect(r2024?.sections.map((s) => s.label + s.title)).toEqual(['一、第1章', '二、第2章', '三、第3章']);
    expect(r2024?.sections[1]?.previous?.number).toBe(1);
    expect(r2024?.sections[1]?.next?.number).toBe(3);
    expect(r2024?.sections[0]?.previous).toBeUndefined();
    expect(r2024?.sections[2]?.next).toBeUndefined();
    expect(r2024?.sections[1]?.path).toBe('2024/2/');
    expect(r2024?.displayDate).toBe('2024年12月5日');
  });

  it('names the file and field of a section whose year has no report', () => {
    const error = contentError(() => assembleReports([report('2024')], [section('2024', 1), section('2023', 1)]));
    expect(error.filePath).toBe('content/2023/1.mdx');
    expect(error.field).toBe('year');
    expect(error.message).toContain('content/2023/report.mdx');
  });

  it('names both files of a duplicate section number', () => {
    const error = contentError(() =>
      assembleReports([report('2024')], [section('2024', 1), section('2024', 1, 'copy.mdx')]),
    );
    expect(error.filePath).toBe('content/2024/copy.mdx');
    expect(error.field).toBe('number');
    expect(error.message).toContain('content/2024/1.mdx');
  });

  it('names the file after a missing section number', () => {
    const error = contentError(() => assembleReports([report('2024')], [section('2024', 1), section('2024', 3)]));
    expect(error.filePath).toBe('content/2024/3.mdx');
    expect(error.field).toBe('number');
    expect(error.message).toMatch(/缺少第 2 章/);
    expect(error.message).toMatch(/section 2 is missing/);
  });

  it('refuses a report without sections and a folder that is not a year', () => {
    expect(contentError(() => assembleReports([report('2024')], [])).field).toBe('sections');
    expect(contentError(() => assembleReports([report('24')], [])).field).toBe('year');
  });
});
