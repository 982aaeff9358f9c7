/**
 * The site's identity: the one place pages and integrations ask for it. What staff edit (name, column,
 * identifiers) is read from site.yaml in the content folder (src/lib/publishing/site-settings.ts checks it);
 * where the site is served comes from SITE_URL and BASE at build time. The report's own identity (title,
 * issuers, date) lives with each report in content/, never here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFolder } from './lib/report/content-folder.ts';
import { parseSiteSettings, SETTINGS_FILE, SiteSettingsError, type SiteSettings } from './lib/publishing/site-settings.ts';
import { absoluteUrl, withBase } from './lib/routing/urls.ts';
import type { ColumnFacts } from './lib/publishing/page-meta.ts';

/** Used when SITE_URL is unset, so that a local build still has absolute URLs; `npm run build` warns about it. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export { SETTINGS_FILE };

export interface SiteConfig extends SiteSettings {
  /** Origin the site is served from, e.g. https://fzbg.example.gov.cn (from SITE_URL). */
  origin: string;
  /** Path prefix the site lives under, always starting and ending with '/' (from BASE). */
  base: string;
  /** Whether SITE_URL was given; when not, absolute URLs point at the local preview. */
  originConfigured: boolean;
}

export function readSiteConfig(env: Record<string, string | undefined>, settings: SiteSettings): SiteConfig {
  const origin = new URL(env['SITE_URL'] || DEFAULT_SITE_URL).origin;
  const rawBase = env['BASE'] || '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { ...settings, origin, base, originConfigured: Boolean(env['SITE_URL']) };
}

/** The settings file of a content folder, e.g. content/site.yaml, read and checked. */
export function readSiteSettings(folder: string): SiteSettings {
  const file = join(folder, SETTINGS_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SiteSettingsError(file, [
      `找不到网站设置文件，请在 ${folder}/ 中放回 ${SETTINGS_FILE} / the settings file is missing: put ${SETTINGS_FILE} back in ${folder}/`,
    ]);
  }
  return parseSiteSettings(text, file);
}

export const site: SiteConfig = readSiteConfig(process.env, readSiteSettings(contentFolder()));

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
