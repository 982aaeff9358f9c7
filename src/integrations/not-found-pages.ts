/**
 * Puts each edition's page not found where hosts look for it (hant/404.html beside 404.html) and writes
 * dist/_redirects, which tells Netlify-style hosts to answer a miss under hant/ with it (see not-found.ts).
 * Before the search index and the security headers, which read the final pages.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITIONS } from '../lib/editions/editions.ts';
import { builtNotFoundPath, notFoundPath, notFoundRedirects } from '../lib/publishing/not-found.ts';
import { site } from '../site.config.ts';

export const REDIRECTS_FILE = '_redirects';

export function notFoundPages(): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const { prefix } of EDITIONS.filter((edition) => edition.prefix !== '')) {
          const built = path.join(outDir, builtNotFoundPath(prefix));
          await rename(built, path.join(outDir, notFoundPath(prefix)));
          await rm(path.dirname(built), { recursive: true });
        }
        await writeFile(path.join(outDir, REDIRECTS_FILE), notFoundRedirects(site.base));
      },
    },
  };
}
