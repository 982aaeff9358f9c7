/**
 * The desk's own setting: the address the site is published at, entered once on the settings page and kept in
 * .desk/settings.json in the project folder. The publish builds with it as SITE_URL; `SITE_URL=… npm run build`
 * still works by hand, without the desk.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const DESK_DIR = '.desk';
const SETTINGS_FILE = `${DESK_DIR}/settings.json`;

export interface DeskSettings {
  siteUrl?: string;
}

export async function readDeskSettings(projectDir: string): Promise<DeskSettings> {
  const text = await readFile(path.join(projectDir, SETTINGS_FILE), 'utf8').catch(() => '{}');
  const value = JSON.parse(text) as DeskSettings;
  return typeof value.siteUrl === 'string' ? { siteUrl: value.siteUrl } : {};
}

/** The address as the build wants it (its origin), or a message saying what is wrong with it. */
export function checkSiteUrl(text: string): { siteUrl: string } | { chinese: string; english: string } {
  let url: URL | undefined;
  try {
    url = new URL(text.trim());
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    return {
      chinese: '网站地址应写作 https://fzbg.example.gov.cn 这样的形式：以 https:// 或 http:// 开头，只写域名，不带路径。',
      english: 'The site address must read like https://fzbg.example.gov.cn: http:// or https:// and the host name, no path.',
    };
  }
  return { siteUrl: url.origin };
}

export async function writeDeskSettings(projectDir: string, settings: DeskSettings): Promise<void> {
  const file = path.join(projectDir, SETTINGS_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.part`, `${JSON.stringify(settings, null, 2)}\n`);
  await rename(`${file}.part`, file);
}
