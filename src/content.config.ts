/**
 * The content collections: one report identity and one entry per section for each year,
 * all under content/<year>/. These schemas are the one truth about their shape; the checks
 * that span entries (numbering, a report for every year) live in src/lib/report/model.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseChineseDate } from './lib/report/dates.ts';
import { contentFolder } from './lib/report/content-folder.ts';

const base = contentFolder();

const requiredText = (chinese: string, english: string) =>
  z
    .string({ error: `必填：${chinese}（文字）/ required: ${english} (text)` })
    .trim()
    .min(1, { error: `不能为空：${chinese} / must not be empty: ${english}` });

/**
 * The date is written as in the document, 2024年12月5日, and kept as 2024-12-05. Not as 2024-12-05 in the file:
 * YAML would read that as a date itself and silently roll 2024-13-45 over into 2025, hiding the mistake.
 */
const chineseDate = z
  .string({ error: '必填：发布日期，按原文写作 2024年12月5日 / required: the date, written as in the document: 2024年12月5日' })
  .transform((text, context) => {
    const iso = parseChineseDate(text);
    if (iso === undefined) {
      context.addIssue({
        code: 'custom',
        message: `“${text}”不是有效日期，请按原文写作 2024年12月5日 / "${text}" is not a valid date: write it as in the document, 2024年12月5日`,
      });
      return z.NEVER;
    }
    return iso;
  });

/**
 * One issuer is written `issuer: 新荣经济技术开发区管理委员会`; a report issued jointly lists its issuers as a YAML
 * block list, in the order of the signature. Either way the model receives them as a list.
 */
const issuers = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z
    .array(requiredText('发布机构', 'the issuer'), {
      error: '必填：发布机构，一个写作 issuer: 名称，联合发布时每行一个“- 名称” / required: the issuer, as issuer: name, or one "- name" line each when issued jointly',
    })
    .min(1, { error: '至少要有一个发布机构 / at least one issuer is required' }),
);

const reports = defineCollection({
  loader: glob({ pattern: '*/report.mdx', base, generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
  schema: z.strictObject({
    title: requiredText('报告标题', 'the report title'),
    issuer: issuers,
    date: chineseDate,
  }),
});

const sections = defineCollection({
  loader: glob({ pattern: '*/[0-9]*.mdx', base }),
  schema: z.strictObject({
    number: z
      .number({ error: '必填：章节序号，正整数，如 1 / required: the section number, a whole number such as 1' })
      .int({ error: '章节序号应为正整数 / the section number must be a whole number' })
      .min(1, { error: '章节序号从 1 开始 / section numbers start at 1' })
      .max(99, { error: '章节序号不能超过 99 / section numbers stop at 99' }),
    title: requiredText('章节标题', 'the section title'),
  }),
});

export const collections = { reports, sections };
