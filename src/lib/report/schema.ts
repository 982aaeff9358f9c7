/**
 * The shape of a year's content files, as zod schemas usable anywhere: by the build (src/content.config.ts), by
 * the importer and report:new, which read and write front matter through them (src/importer/front-matter.ts),
 * and by the staff desk. Every field's problem is told in Chinese and English, naming the field and the fix.
 */
import { z } from 'zod';
import { parseChineseDate, parsePublicationTime } from './dates.ts';

const requiredText = (chinese: string, english: string) =>
  z
    .string({ error: `必填：${chinese}（文字）/ required: ${english} (text)` })
    .trim()
    .min(1, { error: `不能为空：${chinese} / must not be empty: ${english}` });

/** Text turned into a value by `parse`; text it cannot read is an issue that says `invalid(text)`. */
const readWith =
  <T>(parse: (text: string) => T | undefined, invalid: (text: string) => string) =>
  (text: string, context: z.RefinementCtx<string>): T => {
    const value = parse(text);
    if (value !== undefined) return value;
    context.addIssue({ code: 'custom', message: invalid(text) });
    return z.NEVER;
  };

/**
 * The date is written as in the document, 2024年12月5日, and kept as 2024-12-05. Not as 2024-12-05 in the file:
 * YAML would read that as a date itself and silently roll 2024-13-45 over into 2025, hiding the mistake.
 */
const chineseDate = z
  .string({
    error:
      '必填：成文日期（落款日期），按原文写作 2024年12月5日 / required: the date of signature, written as in the document: 2024年12月5日',
  })
  .transform(
    readWith(
      parseChineseDate,
      (text) =>
        `“${text}”不是有效日期，请按原文写作 2024年12月5日 / "${text}" is not a valid date: write it as in the document, 2024年12月5日`,
    ),
  );

/**
 * A 信息公开 fact that staff fill in once it is known (索引号, 主题分类, 文号): optional, but never blank. Quoted
 * when it is all digits, so that YAML keeps it as written.
 */
const optionalFact = (field: string, chinese: string) =>
  z
    .string({
      error: `${field}（${chinese}）应为文字；全是数字时请加引号，例如 ${field}: "2024001" / ${field} (${chinese}) must be text: quote it when it is all digits, e.g. ${field}: "2024001"`,
    })
    .trim()
    .min(1, {
      error: `${field}（${chinese}）不能为空；尚不知道时请删去这一行 / ${field} (${chinese}) must not be empty: leave the line out until it is known`,
    })
    .optional();

/** 发布日期: when the site published the report, 2024年12月10日 or 2024年12月10日 09:30. */
const publicationTime = z
  .string({
    error:
      'published（发布日期）应写作 2024年12月10日 或 2024年12月10日 09:30 / published must read 2024年12月10日 or 2024年12月10日 09:30',
  })
  .transform(
    readWith(
      parsePublicationTime,
      (text) =>
        `published（发布日期）“${text}”无效，请写作 2024年12月10日 或 2024年12月10日 09:30 / published "${text}" is not valid: write 2024年12月10日 or 2024年12月10日 09:30`,
    ),
  )
  .optional();

/** An anchor of a report, as in its URLs: 3 for section 3, 3-1 for its first subsection. YAML may read 3 as a number. */
const anchor = (chinese: string, english: string) =>
  z.coerce.string().regex(/^[1-9]\d*(-[1-9]\d*)?$/, {
    error: `${chinese}应写作章节或小节编号，如 3 或 3-1 / ${english} must be a section or subsection number such as 3 or 3-1`,
  });

/**
 * One issuer is written `issuer: 新荣经济技术开发区管理委员会`; a report issued jointly lists its issuers as a YAML
 * block list, in the order of the signature. Either way the model receives them as a list.
 */
const issuers = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z
    .array(requiredText('发布机构', 'the issuer'), {
      error:
        '必填：发布机构，一个写作 issuer: 名称，联合发布时每行一个“- 名称” / required: the issuer, as issuer: name, or one "- name" line each when issued jointly',
    })
    .min(1, { error: '至少要有一个发布机构 / at least one issuer is required' }),
);

/**
 * Optional: which part of this report answers which of the previous year's plans, shown beside the plan. The
 * site finds the plans without it; staff add it when they want a plan and its answer side by side.
 */
const answers = z
  .array(
    z.strictObject({
      plan: anchor('plan（上年报告中的工作安排）', "plan (a plan in last year's report)"),
      section: anchor('section（本年报告中落实该安排的章节）', 'section (the part of this report that answers it)'),
    }),
    {
      error: 'answers 应为列表，每项写 plan 和 section / answers must be a list of entries, each with plan and section',
    },
  )
  .optional();

/** A field the file's kind does not have, usually a misspelling: named, with the fields it may have. */
const unknownFields = (fields: string) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `不认识的字段：${issue.keys?.join('、')}，请检查拼写。可用的字段：${fields} / unknown field ${issue.keys?.join(', ')}: check the spelling. The fields are: ${fields}`
    : undefined;

const REPORT_FIELDS = 'title, issuer, date, indexNumber, topic, documentNumber, published, answers';
const SECTION_FIELDS = 'number, title';

/** report.mdx: the report's identity and 信息公开 facts. */
export const reportSchema = z.strictObject(
  {
    title: requiredText('报告标题', 'the report title'),
    issuer: issuers,
    date: chineseDate,
    indexNumber: optionalFact('indexNumber', '索引号'),
    topic: optionalFact('topic', '主题分类'),
    documentNumber: optionalFact('documentNumber', '文号'),
    published: publicationTime,
    answers,
  },
  { error: unknownFields(REPORT_FIELDS) },
);

/** <n>.mdx: one section, numbered as in the report. */
export const sectionSchema = z.strictObject(
  {
    number: z
      .number({ error: '必填：章节序号，正整数，如 1 / required: the section number, a whole number such as 1' })
      .int({ error: '章节序号应为正整数 / the section number must be a whole number' })
      .min(1, { error: '章节序号从 1 开始 / section numbers start at 1' })
      .max(99, { error: '章节序号不能超过 99 / section numbers stop at 99' }),
    title: requiredText('章节标题', 'the section title'),
  },
  { error: unknownFields(SECTION_FIELDS) },
);

/** One problem with a file's front matter: the field, and what is wrong with it in Chinese and in English. */
export interface FrontMatterProblem {
  field: string;
  chinese: string;
  english: string;
}

/** The problems a schema found, each message split into its two languages (they are written `中文 / English`). */
export function frontMatterProblems(error: z.ZodError): FrontMatterProblem[] {
  return error.issues.map((issue) => {
    const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
    const split = /\s?\/ /.exec(issue.message);
    if (!split) return { field, chinese: issue.message, english: issue.message };
    return {
      field,
      chinese: issue.message.slice(0, split.index),
      english: issue.message.slice(split.index + split[0].length),
    };
  });
}

/** report.mdx's front matter as written (dates as in the document) and as the model receives it (ISO dates). */
export type ReportFrontMatterInput = z.input<typeof reportSchema>;
export type ReportFrontMatter = z.output<typeof reportSchema>;
export type SectionFrontMatter = z.output<typeof sectionSchema>;
