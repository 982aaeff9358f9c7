/**
 * Writes the site's security headers at the end of `astro build`: dist/_headers for static hosts that read
 * it (Netlify, Cloudflare Pages) and dist/_nginx-headers.conf for nginx, both from one policy computed
 * over the final HTML. It must be the last integration, so that no page changes after it has hashed them.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, headersFile, inlineHashes, nginxHeaders, securityHeaders } from '../lib/publishing/security-headers.ts';
import { site } from '../site.config.ts';
import { readBuiltPages } from './built-pages.ts';

export const HEADERS_FILE = '_headers';
export const NGINX_HEADERS_FILE = '_nginx-headers.conf';

export function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const { tree } of await readBuiltPages(outDir)) {
          const hashes = inlineHashes(tree);
          hashes.scripts.forEach((hash) => scripts.add(hash));
          hashes.styles.forEach((hash) => styles.add(hash));
        }
        const headers = securityHeaders(contentSecurityPolicy({ scripts, styles }));
        await writeFile(path.join(outDir, HEADERS_FILE), headersFile(site.base, headers));
        await writeFile(path.join(outDir, NGINX_HEADERS_FILE), nginxHeaders(headers));
        logger.info(`${HEADERS_FILE} and ${NGINX_HEADERS_FILE}: ${scripts.size} inline scripts and ${styles.size} styles allowed by hash`);
      },
    },
  };
}
