/**
 * The site's identity: the one place for where it is served and what it is called.
 * The report's own identity (title, issuer, date) lives in content/, never here.
 */
import { absoluteUrl, withBase } from './lib/routing/urls.ts';
import type { ColumnFacts } from './lib/publishing/page-meta.ts';

/** Used when SITE_URL is unset, so that a local build still has absolute URLs; `npm run build` warns about it. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export interface SiteConfig {
  /** Origin the site is served from, e.g. https://fzbg.example.gov.cn (from SITE_URL). */
  origin: string;
  /** Path prefix the site lives under, always starting and ending with '/' (from BASE). */
  base: string;
  /** Name shown in the header and in every page title. */
  name: string;
  /** The column (栏目) the reports are published in: the home page's heading and each report's ColumnName. */
  column: string;
  /** What the column holds (ColumnDescription). */
  columnDescription: string;
  /** Words the column is found by, separated by commas (ColumnKeywords). */
  columnKeywords: string;
  /** The column's kind, one of COLUMN_TYPES in src/lib/publishing/page-meta.ts (ColumnType). */
  columnType: string;
  /** What the site is, for the home page's description. */
  description: string;
  /** Whether SITE_URL was given; when not, absolute URLs point at the local preview. */
  originConfigured: boolean;
  /** The identifiers 《政府网站发展指引》 asks every government site to show; an empty one is left out. */
  identifiers: SiteIdentifiers;
}

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

/**
 * The zone's identifiers. Fill in each value once it is issued; until then it stays empty, is left out
 * of every page, and `npm run build` warns about it.
 */
const IDENTIFIERS: SiteIdentifiers = {
  owner: '新荣经济技术开发区管理委员会',
  siteIdCode: '',
  icpRecord: '',
  publicSecurityRecord: '',
  address: '',
  phone: '',
  email: '',
};

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

export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const origin = new URL(env['SITE_URL'] || DEFAULT_SITE_URL).origin;
  const rawBase = env['BASE'] || '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return {
    origin,
    base,
    name: '新荣经济技术开发区法治政府建设年度报告',
    column: '法治政府建设年度报告',
    columnDescription: '新荣经济技术开发区管理委员会逐年发布的法治政府建设年度报告全文。',
    columnKeywords: '法治政府建设,年度报告,依法行政,新荣经济技术开发区',
    columnType: '信息发布',
    description: '新荣经济技术开发区管理委员会历年法治政府建设年度报告全文，可在手机上阅读、检索和打印。',
    originConfigured: Boolean(env['SITE_URL']),
    identifiers: IDENTIFIERS,
  };
}

export const site: SiteConfig = readSiteConfig(process.env);

/** The column the reports are published in, for its meta tags. */
export const column: ColumnFacts = {
  name: site.column,
  description: site.columnDescription,
  keywords: site.columnKeywords,
  type: site.columnType,
};

/** A link to a page of this site, from a path in src/lib/routing/urls.ts. */
export const href = (path: string): string => withBase(site.base, path);

/** The canonical absolute URL of a page, from a path in src/lib/routing/urls.ts. */
export const canonicalUrl = (path: string): string => absoluteUrl(site.origin, site.base, path);
