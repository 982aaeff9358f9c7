/**
 * The review a report passes before it is published (先审后发): 初审, 复审 and 终审, each by a different
 * person on a date, and the 保密审查 that found nothing secret in it. The record is kept with the year's content
 * as review.yaml, which the site's content loader never reads (src/content.config.ts loads report.mdx and the
 * numbered section files only) and no page publishes, and it is copied into the publish log.
 */
import { stringify } from 'yaml';
import { parseChineseDate } from '../lib/report/dates.ts';

export const REVIEW_STAGES = [
  { key: 'first', name: '初审' },
  { key: 'second', name: '复审' },
  { key: 'final', name: '终审' },
] as const;

export type StageKey = (typeof REVIEW_STAGES)[number]['key'];

export interface ReviewStage {
  name: string;
  /** As staff write it: 2025年12月8日 */
  date: string;
}

export interface ReviewRecord {
  stages: Record<StageKey, ReviewStage>;
  /** 保密审查: who confirmed, when, and that the report holds nothing that may not be made public. */
  secrecy: ReviewStage & { confirmed: boolean };
}

/** A problem with the record, at the field it is in (first.name, secrecy.confirmed…). */
export interface ReviewProblem {
  field: string;
  chinese: string;
  english: string;
}

const SECRECY_NAME = '保密审查';

function stageProblems(field: string, label: string, stage: ReviewStage): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  if (stage.name.trim() === '') {
    problems.push({ field: `${field}.name`, chinese: `请填写${label}人的姓名。`, english: `Give the name of who did the ${label}.` });
  }
  if (parseChineseDate(stage.date) === undefined) {
    problems.push({
      field: `${field}.date`,
      chinese: `${label}日期应写作 2025年12月8日。`,
      english: `The date of the ${label} must read like 2025年12月8日.`,
    });
  }
  return problems;
}

/** Every problem of the record; none when it may go into the publish. */
export function reviewProblems(record: ReviewRecord): ReviewProblem[] {
  const problems = [
    ...REVIEW_STAGES.flatMap(({ key, name }) => stageProblems(key, name, record.stages[key])),
    ...stageProblems('secrecy', SECRECY_NAME, record.secrecy),
  ];
  const holders = new Map<string, string>();
  for (const { key, name } of REVIEW_STAGES) {
    const person = record.stages[key].name.trim();
    if (person === '') continue;
    const earlier = holders.get(person);
    if (earlier) {
      problems.push({
        field: `${key}.name`,
        chinese: `${person}已经是${earlier}人，不能再担任${name}人：三级审核须由三个不同的人完成。`,
        english: `${person} already did the ${earlier} and may not also do the ${name}: the three reviews need three different people.`,
      });
    } else {
      holders.set(person, name);
    }
  }
  if (!record.secrecy.confirmed) {
    problems.push({
      field: 'secrecy.confirmed',
      chinese: '请确认保密审查已完成，报告中没有不宜公开的内容。',
      english: 'Confirm that the secrecy review is done and the report holds nothing that may not be made public.',
    });
  }
  return problems;
}

/** An empty record, as the form starts. */
export const emptyReview = (): ReviewRecord => ({
  stages: { first: { name: '', date: '' }, second: { name: '', date: '' }, final: { name: '', date: '' } },
  secrecy: { name: '', date: '', confirmed: false },
});

/** The record from what the page sent; missing fields are empty. */
export function reviewFromInput(input: Record<string, unknown>): ReviewRecord {
  const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  const stage = (value: unknown): ReviewStage => {
    const object = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    return { name: text(object['name']), date: text(object['date']) };
  };
  const secrecy = (typeof input['secrecy'] === 'object' && input['secrecy'] !== null ? input['secrecy'] : {}) as Record<string, unknown>;
  const stages = (typeof input['stages'] === 'object' && input['stages'] !== null ? input['stages'] : {}) as Record<string, unknown>;
  return {
    stages: { first: stage(stages['first']), second: stage(stages['second']), final: stage(stages['final']) },
    secrecy: { ...stage(secrecy), confirmed: secrecy['confirmed'] === true },
  };
}

/** The file kept in content/<year>/, in Chinese as staff read it. */
export const REVIEW_FILE = 'review.yaml';

export function reviewYaml(record: ReviewRecord, confirmedHits: ReadonlyArray<{ label: string; match: string; name: string }>): string {
  const stages = Object.fromEntries(REVIEW_STAGES.map(({ key, name }) => [name, { 姓名: record.stages[key].name, 日期: record.stages[key].date }]));
  return `# 发布台记录的审核情况（不在网站上发布）。Review record kept by the desk; never published.\n${stringify({
    ...stages,
    [SECRECY_NAME]: { 姓名: record.secrecy.name, 日期: record.secrecy.date, 确认无涉密内容: record.secrecy.confirmed },
    敏感信息确认: confirmedHits.map((hit) => ({ 类型: hit.label, 内容: hit.match, 确认人: hit.name })),
  })}`;
}
