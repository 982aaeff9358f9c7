import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emptyReview, reviewFromInput, reviewProblems, reviewYaml } from '../../src/desk/review-record.ts';

const complete = () =>
  reviewFromInput({
    stages: {
      first: { name: '王一', date: '2025年12月1日' },
      second: { name: '李二', date: '2025年12月2日' },
      final: { name: '赵三', date: '2025年12月3日' },
    },
    secrecy: { name: '孙四', date: '2025年12月3日', confirmed: true },
  });

describe('the review record', () => {
  it('accepts three reviews by three people and a confirmed secrecy review', () => {
    expect(reviewProblems(complete())).toEqual([]);
  });

  it('refuses one name at two stages, at the later stage', () => {
    const record = complete();
    record.stages.final.name = '王一';
    expect(reviewProblems(record)).toEqual([expect.objectContaining({ field: 'final.name', chinese: expect.stringContaining('王一已经是初审人') })]);
  });

  it('asks for every name, every date and the confirmation', () => {
    const fields = reviewProblems(emptyReview()).map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['first.name', 'first.date', 'second.name', 'final.date', 'secrecy.name', 'secrecy.confirmed']));
    const record = complete();
    record.stages.second.date = '12月2日';
    expect(reviewProblems(record).map((problem) => problem.field)).toEqual(['second.date']);
  });

  it('is written as YAML naming each stage in Chinese', () => {
    const written = parse(reviewYaml(complete(), [{ label: '手机号码', match: '13912345678', name: '王一' }])) as Record<string, unknown>;
    expect(written['复审']).toEqual({ 姓名: '李二', 日期: '2025年12月2日' });
    expect(written['敏感信息确认']).toEqual([{ 类型: '手机号码', 内容: '13912345678', 确认人: '王一' }]);
  });
});
