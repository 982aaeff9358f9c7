/**
 * The site's identity: the one place for where it is served and what it is called.
 * The report's own identity (title, issuer, date) lives in content/, never here.
 */
import { absoluteUrl, withBase } from './lib/urls.ts';

/** Used when SITE_URL is unset, so that a local build still has absolute URLs; `npm run build` warns about it. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export interface SiteConfig {
  /** Origin the site is served from, e.g. https://fzbg.example.gov.cn (from SITE_URL). */
  origin: string;
  /** Path prefix the site lives under, always starting and ending with '/' (from BASE). */
  base: string;
  /** Name shown in the header and in every page title. */
  name: string;
  /** What the site is, for the home page's description. */
  description: string;
  /** Whether SITE_URL was given; when not, absolute URLs point at the local preview. */
  originConfigured: boolean;
}

export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const origin = new URL(env['SITE_URL'] || DEFAULT_SITE_URL).origin;
  const rawBase = env['BASE'] || '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return {
    origin,
    base,
    name: '新荣经济技术开发区法治政府建设年度报告',
    description: '新荣经济技术开发区管理委员会历年法治政府建设年度报告全文，可在手机上阅读、检索和打印。',
    originConfigured: Boolean(env['SITE_URL']),
  };
}

export const site: SiteConfig = readSiteConfig(process.env);

/** A link to a page of this site, from a path in src/lib/urls.ts. */
export const href = (path: string): string => withBase(site.base, path);

/** The canonical absolute URL of a page, from a path in src/lib/urls.ts. */
export const canonicalUrl = (path: string): string => absoluteUrl(site.origin, site.base, path);
