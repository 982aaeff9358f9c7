import { describe, expect, it } from 'vitest';
import {
  checkPlanAnswers,
  partsSideBySide,
  plansOf,
  previousYearPlans,
  sameSectionIn,
  yearSwitchLinks,
  type OutlinedBody,
} from '../../../src/lib/report/across-years.ts';
import { assembleReports, ContentError, type PlanAnswer } from '../../../src/lib/report/model.ts';
import { subsectionLabel } from '../../../src/lib/report/numbering.ts';

/** A report of the year with sections given as title and subsection titles. */
function reportInput(year: string, sections: Array<[string, string[]]>, answers: PlanAnswer[] = []) {
  return {
    report: { year, filePath: `content/${year}/report.mdx`, title: `${year}年报告`, issuers: ['管委会'], date: `${year}-12-01`, opening: undefined, answers },
    sections: sections.map(([title, subsections], i) => {
      const number = i + 1;
      const body: OutlinedBody = {
        subsections: subsections.map((sub, j) => ({ id: `${number}-${j + 1}`, text: `${subsectionLabel(j + 1)}${sub}` })),
        outline: { number, title, text: '', subsections: subsections.map((sub) => ({ title: sub, text: '' })) },
      };
      return { year, filePath: `content/${year}/${number}.mdx`, number, title, body };
    }),
  };
}

function site(...inputs: Array<ReturnType<typeof reportInput>>) {
  return assembleReports(
    inputs.map((i) => i.report),
    inputs.flatMap((i) => i.sections),
  );
}

const first = reportInput('2024', [
  ['主要工作成效', ['学法', '用法']],
  ['存在不足和原因', ['能力不足']],
  ['下一步工作安排', ['强化意识', '提升能力']],
]);
const second = reportInput(
  '2025',
  [
    ['主要举措和成效', ['学法']],
    ['党政主要负责人履行推进法治建设第一责任人职责情况', []],
    ['2026年工作安排', ['队伍建设']],
  ],
  [{ plan: '3-2', section: '1-1' }],
);

describe('the same section in another year', () => {
  const [newer, older] = site(first, second);

  it('is the one with the same title, else the one telling the same statutory part', () => {
    expect(sameSectionIn(newer!, newer!.sections[0]!, older!)?.path).toBe('2024/1/');
    expect(sameSectionIn(newer!, newer!.sections[2]!, older!)?.path).toBe('2024/3/');
    expect(sameSectionIn(older!, older!.sections[1]!, newer!)).toBeUndefined();
  });

  it('is where the year switch leads, else the year’s report page', () => {
    expect(yearSwitchLinks([newer!, older!], older!, older!.sections[1]!)).toEqual([
      { year: '2025', path: '2025/', current: false },
      { year: '2024', path: '2024/2/', current: true },
    ]);
  });
});

describe('plans', () => {
  it('are the subsections of the part told as next year’s plans', () => {
    const [report] = site(first);
    expect(plansOf(report!)).toEqual([
      { anchor: '3-1', label: '（一）强化意识', path: '2024/3/#3-1' },
      { anchor: '3-2', label: '（二）提升能力', path: '2024/3/#3-2' },
    ]);
  });

  it('are the section itself when it has no subsections', () => {
    const [report] = site(reportInput('2024', [['主要工作成效', ['学法']], ['下一步工作安排', []]]));
    expect(plansOf(report!)).toEqual([{ anchor: '2', label: '二、下一步工作安排', path: '2024/2/' }]);
  });

  it('of the previous year come with what answers them in this one', () => {
    const [newer, older] = site(first, second);
    const tracked = previousYearPlans([newer!, older!], newer!);
    expect(tracked?.report).toBe(older);
    expect(tracked?.plans.map((p) => [p.anchor, p.answeredBy.map((a) => `${a.label} ${a.path}`)])).toEqual([
      ['3-1', []],
      ['3-2', ['一（一）学法 2025/1/#1-1']],
    ]);
    expect(previousYearPlans([newer!, older!], older!)).toBeUndefined();
  });
});

describe('answers in front matter', () => {
  const failure = (answers: PlanAnswer[], withPrevious = true) => {
    const reports = withPrevious ? site(first, { ...second, report: { ...second.report, answers } }) : site({ ...second, report: { ...second.report, answers } });
    try {
      checkPlanAnswers(reports);
    } catch (error) {
      return error as ContentError;
    }
    return undefined;
  };

  it('pass when they name a plan of last year and a part of this year', () => {
    expect(failure([{ plan: '3-1', section: '2' }])).toBeUndefined();
  });

  it('stop the build, in Chinese and English, on a plan last year did not make', () => {
    const error = failure([{ plan: '3-9', section: '1-1' }]);
    expect(error).toBeInstanceOf(ContentError);
    expect([error!.filePath, error!.field]).toEqual(['content/2025/report.mdx', 'answers']);
    expect(error!.message).toContain('3-9 不是 2024 年报告中的工作安排');
    expect(error!.message).toContain('3-1、3-2');
    expect(error!.message).toContain('is not one of the plans of the 2024 report');
  });

  it('stop the build on a part this year does not have', () => {
    expect(failure([{ plan: '3-1', section: '1-5' }])?.message).toMatch(/1-5 在 2025 年报告中不存在[\s\S]*does not exist in the 2025 report/);
  });

  it('stop the build in the first year, which has no plans to answer', () => {
    expect(failure([{ plan: '3-1', section: '1' }], false)?.message).toMatch(/没有上年工作安排[\s\S]*no plans to answer/);
  });
});

describe('two years side by side', () => {
  it('go part by part, oldest first, leaving out a part neither year tells', () => {
    const [newer, older] = site(first, second);
    expect(
      partsSideBySide(older!, newer!).map(({ part, years }) => [part.title, ...years.map((y) => `${y.year}:${y.places.map((p) => p.anchor).join(',')}`)]),
    ).toEqual([
      ['主要举措和成效', '2024:1-1,1-2', '2025:1-1'],
      ['存在的不足和原因', '2024:2-1', '2025:'],
      ['党政主要负责人履行推进法治建设第一责任人职责情况', '2024:', '2025:2'],
      ['下一年度工作安排', '2024:3-1,3-2', '2025:3-1'],
    ]);
  });
});
