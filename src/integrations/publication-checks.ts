/**
 * What a build must tell staff before anything else: whether it can be published. A build for publication
 * (SITE_URL set) refuses while any content file still says 【待填写】, naming file and line; a preview build
 * warns about it, about a missing SITE_URL and about identifiers not filled in yet.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { missingIdentifiers } from '../lib/publishing/site-settings.ts';
import { unfinishedContentMessage, unfinishedPlaces } from '../lib/report/unfinished.ts';
import { DEFAULT_SITE_URL, SETTINGS_FILE, site } from '../site.config.ts';

export function publicationChecks(contentFolder: string): AstroIntegration {
  return {
    name: 'publication-checks',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const unfinished = await unfinishedPlaces(contentFolder);
        if (unfinished.length > 0 && site.originConfigured) throw new Error(unfinishedContentMessage(unfinished, true));
        if (!site.originConfigured) {
          logger.warn(
            `SITE_URL 未设置：规范链接和二维码将指向 ${DEFAULT_SITE_URL}。发布前请设置，例如 SITE_URL=https://fzbg.example.gov.cn npm run build\n` +
              `SITE_URL is not set: canonical links and QR codes will point at ${DEFAULT_SITE_URL}. Set it before publishing.`,
          );
        }
        const missing = missingIdentifiers(site.identifiers);
        const settings = path.posix.join(contentFolder, SETTINGS_FILE);
        if (missing.length > 0) {
          logger.warn(
            `${settings} 中以下网站标识尚未填写，页面上暂不显示：${missing.join('、')}\n` +
              `These site identifiers are empty in ${settings} and are left out of every page: ${missing.join(', ')}`,
          );
        }
        if (unfinished.length > 0) logger.warn(unfinishedContentMessage(unfinished, false));
      },
    },
  };
}
