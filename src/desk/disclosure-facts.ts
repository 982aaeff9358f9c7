/**
 * The 信息公开 facts staff fill in at the desk (索引号, 主题分类, 文号, 发布日期 with its time), written into the
 * staged report.mdx under the field names the build reads. They are checked by the build itself: the preview
 * is built from them, and the build's own schema (src/content.config.ts) names each wrong field in Chinese and
 * English; the desk shows those messages at their fields. There is no second copy of the rules here.
 */
import { DISCLOSURE_LABELS } from '../lib/publishing/disclosure.ts';
import type { ContentFile } from './import-adapter.ts';

export const FACT_FIELDS = ['indexNumber', 'topic', 'documentNumber', 'published'] as const;
export type FactField = (typeof FACT_FIELDS)[number];
export type Facts = Partial<Record<FactField, string>>;

/** What the form shows beside each field: its label as the facts table shows it, and an example. */
export const FACT_FORM: Record<FactField, { label: string; example: string }> = {
  indexNumber: { label: DISCLOSURE_LABELS.indexNumber, example: '11140200MB0000000X/2025-00012' },
  topic: { label: DISCLOSURE_LABELS.topic, example: '综合政务\\政务公开' },
  documentNumber: { label: DISCLOSURE_LABELS.documentNumber, example: '新经管发〔2025〕12号' },
  published: { label: DISCLOSURE_LABELS.published, example: '2025年12月10日 09:30' },
};

/** The facts from what the page sent: each field as typed, a field left empty left out. */
export function factsFromInput(input: Record<string, unknown>): Facts {
  const facts: Facts = {};
  for (const field of FACT_FIELDS) {
    const value = input[field];
    if (typeof value === 'string' && value !== '') facts[field] = value;
  }
  return facts;
}

/**
 * report.mdx with the facts in its front matter, after the date, replacing any the file had. A field typed
 * with only spaces is written as it is, so that the build says it must not be empty.
 */
export function withFacts(files: readonly ContentFile[], facts: Facts): ContentFile[] {
  return files.map((file) => {
    if (file.name !== 'report.mdx') return file;
    const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file.content) ?? [];
    const kept = frontMatter.split('\n').filter((line) => !FACT_FIELDS.some((field) => line.startsWith(`${field}:`)));
    const dateLine = kept.findIndex((line) => line.startsWith('date:'));
    const added = FACT_FIELDS.flatMap((field) => (facts[field] === undefined ? [] : [`${field}: ${JSON.stringify(facts[field])}`]));
    kept.splice(dateLine + 1, 0, ...added);
    return { ...file, content: `---\n${kept.join('\n')}\n---\n${body}` };
  });
}

/** The facts a year's report.mdx already holds, for replacing a year without losing them. */
export function factsOf(reportMdx: string): Facts {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(reportMdx)?.[1] ?? '';
  const facts: Facts = {};
  for (const field of FACT_FIELDS) {
    const raw = new RegExp(`^${field}:[ \\t]*(.+?)[ \\t]*$`, 'm').exec(frontMatter)?.[1];
    if (raw !== undefined) facts[field] = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
  }
  return facts;
}

export interface FieldError {
  field: string;
  chinese: string;
  english: string;
}

/**
 * The build's schema messages, by field, from what a failed build printed: Astro lists each issue of an entry
 * as `  field: message` under “data does not match collection schema”; the project's messages are
 * “Chinese / English”.
 */
export function schemaErrors(output: string): FieldError[] {
  const block = /does not match collection schema\.\n\n([\s\S]*?)\n\n/.exec(output)?.[1] ?? '';
  return block.split('\n').flatMap((line) => {
    const match = /^\s+(\w+)(?:\.\w+)*:\s(.+)$/.exec(line);
    if (!match) return [];
    const [, field = '', message = ''] = match;
    const split = message.lastIndexOf(' / ');
    return [{ field, chinese: split === -1 ? message : message.slice(0, split), english: split === -1 ? message : message.slice(split + 3) }];
  });
}

