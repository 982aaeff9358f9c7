/**
 * The site's settings that staff edit: its name, its column, and the identifiers 《政府网站发展指引》 asks every
 * government site to show. They live in a YAML file beside the reports (content/site.yaml) and are checked here,
 * each mistake named by its field, in Chinese and English. Where the site is served (SITE_URL, BASE) is not a
 * setting: it belongs to the build.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { COLUMN_TYPES } from './page-meta.ts';

export interface SiteIdentifiers {
  /** 主办单位 */
  owner: string;
  /** 网站标识码, issued in the government website census (SiteIDCode) */
  siteIdCode: string;
  /** ICP备案号 */
  icpRecord: string;
  /** 公安机关备案号 */
  publicSecurityRecord: string;
  /** 联系地址 */
  address: string;
  /** 联系电话 */
  phone: string;
  /** 电子邮箱 */
  email: string;
}

export interface SiteSettings {
  /** Shown in the header and in every page title. */
  name: string;
  /** The column (栏目) the reports are published in: the home page's heading and each report's ColumnName. */
  column: string;
  /** What the column holds (ColumnDescription). */
  columnDescription: string;
  /** Words the column is found by, separated by commas (ColumnKeywords). */
  columnKeywords: string;
  /** The column's kind, one of COLUMN_TYPES (ColumnType). */
  columnType: string;
  /** What the site is, for the home page's description. */
  description: string;
  /** An empty identifier is left out of every page, and the build warns about it. */
  identifiers: SiteIdentifiers;
}

/** The labels of the identifiers, as shown in the footer and named in build warnings. */
export const IDENTIFIER_LABELS: Record<keyof SiteIdentifiers, string> = {
  owner: '主办单位',
  siteIdCode: '网站标识码',
  icpRecord: 'ICP备案号',
  publicSecurityRecord: '公安机关备案号',
  address: '联系地址',
  phone: '联系电话',
  email: '电子邮箱',
};

/** The settings file staff edit, in the content folder. */
export const SETTINGS_FILE = 'site.yaml';

/** The labels of the other settings, as the desk's settings form shows them. */
export const SETTING_LABELS: Record<keyof Omit<SiteSettings, 'identifiers'>, string> = {
  name: '网站名称',
  column: '栏目名称',
  columnDescription: '栏目简介',
  columnKeywords: '栏目关键词',
  columnType: '栏目类型',
  description: '网站简介',
};

const labelOf = (field: string): string =>
  (SETTING_LABELS as Record<string, string>)[field] ?? (IDENTIFIER_LABELS as Record<string, string>)[field] ?? field;

const required = (field: keyof typeof SETTING_LABELS) =>
  z.string().trim().min(1, { error: `${labelOf(field)}不能为空 / ${field} must not be empty` });

/** An identifier not issued yet is left empty; once filled in, it must have the shape of the real thing. */
const identifier = (shape: RegExp, chinese: string, english: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || shape.test(value), { error: `${chinese} / ${english}` });

const schema = z.strictObject({
  name: required('name'),
  column: required('column'),
  columnDescription: required('columnDescription'),
  columnKeywords: required('columnKeywords'),
  columnType: z.enum(COLUMN_TYPES, {
    error: `栏目类型应为 ${COLUMN_TYPES.join('、')} 之一 / columnType must be one of ${COLUMN_TYPES.join(', ')}`,
  }),
  description: required('description'),
  owner: z.string().trim(),
  siteIdCode: identifier(/^\d{10}$/, '网站标识码应为 10 位数字，例如 1402000001', 'siteIdCode must be 10 digits, e.g. 1402000001'),
  icpRecord: identifier(
    /^\p{Script=Han}ICP备\d{6,}号(-\d+)?$/u,
    'ICP备案号应写作“晋ICP备12345678号”或“晋ICP备12345678号-1”',
    'icpRecord must read like 晋ICP备12345678号 or 晋ICP备12345678号-1',
  ),
  publicSecurityRecord: identifier(
    /^\p{Script=Han}公网安备 ?\d{14}号$/u,
    '公安机关备案号应写作“晋公网安备14020002000001号”（14 位数字）',
    'publicSecurityRecord must read like 晋公网安备14020002000001号 (14 digits)',
  ),
  address: z.string().trim(),
  phone: identifier(
    /^\+?[\d ()（）-]{7,20}(转\d{1,6})?$/u,
    '联系电话应只含数字、连字符和括号，例如 0352-1234567',
    'phone may hold only digits, hyphens and brackets, e.g. 0352-1234567',
  ),
  email: identifier(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, '电子邮箱应写作 name@example.gov.cn', 'email must read like name@example.gov.cn'),
});

/** A mistake in the settings file: names the file and each field at fault, in Chinese and English. */
export class SiteSettingsError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file} 中的网站设置有误 / the site settings in ${file} are wrong:\n${problems.join('\n')}`);
    this.name = 'SiteSettingsError';
  }
}

/**
 * Reads the settings file's text. Every value is read as text, as written (YAML's failsafe schema), so that
 * 0352… keeps its zero and a 网站标识码 is never taken for a number.
 */
export function parseSiteSettings(text: string, file: string): SiteSettings {
  const document = parseDocument(text, { schema: 'failsafe' });
  if (document.errors.length > 0) {
    throw new SiteSettingsError(
      file,
      document.errors.map((error) => `YAML 格式错误 / YAML syntax error: ${error.message}`),
    );
  }
  const result = schema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    throw new SiteSettingsError(
      file,
      result.error.issues.map((issue) => {
        const fields = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
        const named = fields.map((field) => `${field}（${labelOf(field)}）`).join('、');
        if (issue.code === 'unrecognized_keys') {
          return `字段 field: ${named}：不是网站设置项，请检查拼写 / not a site setting: check the spelling`;
        }
        if (issue.code === 'invalid_type') {
          return `字段 field: ${named}：必填，应为一行文字 / required, as one line of text`;
        }
        return `字段 field: ${named}：${issue.message}`;
      }),
    );
  }
  const { name, column, columnDescription, columnKeywords, columnType, description, ...identifiers } = result.data;
  return { name, column, columnDescription, columnKeywords, columnType, description, identifiers };
}

/** The labels of identifiers that are still empty. */
export function missingIdentifiers(identifiers: SiteIdentifiers): string[] {
  return (Object.keys(IDENTIFIER_LABELS) as Array<keyof SiteIdentifiers>)
    .filter((key) => identifiers[key].trim() === '')
    .map((key) => IDENTIFIER_LABELS[key]);
}

export interface ShownIdentifier {
  key: keyof SiteIdentifiers;
  label: string;
  value: string;
}

/** The identifiers that are filled in, labelled, in the order of IDENTIFIER_LABELS: what the footer shows. */
export function shownIdentifiers(identifiers: SiteIdentifiers): ShownIdentifier[] {
  return (Object.keys(IDENTIFIER_LABELS) as Array<keyof SiteIdentifiers>)
    .filter((key) => identifiers[key].trim() !== '')
    .map((key) => ({ key, label: IDENTIFIER_LABELS[key], value: identifiers[key].trim() }));
}
