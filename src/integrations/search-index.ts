/**
 * Builds the Pagefind index at the end of `astro build`, from the built pages, one record per subsection.
 * The language is forced to zh-cn so that the index can never silently be built unsegmented.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import * as pagefind from 'pagefind';
import { searchRecordsOfPage } from '../lib/search-records.ts';

const LANGUAGE = 'zh-cn';

/** Pagefind's ready-made interfaces and its worker: the site has its own search page and runs without a worker. */
const UNUSED_PAGEFIND_FILES = /^pagefind-(?:ui|component-ui|modular-ui|worker)\.(?:js|css)$/;

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let count = 0;
        const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        for (const file of files) {
          const pagePath = file.split(path.sep).join('/').replace(/index\.html$/, '');
          const tree = fromHtml(await readFile(path.join(outDir, file), 'utf8'));
          for (const record of searchRecordsOfPage(tree, `${base}${pagePath}`)) {
            const added = await index.addCustomRecord({
              url: record.url,
              content: record.content,
              language: LANGUAGE,
              meta: record.meta,
              filters: { year: [record.meta.year] },
            });
            if (added.errors.length > 0) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
            count += 1;
          }
        }
        if (count === 0) throw new Error('The search index is empty: no page has [data-pagefind-body] report text.');
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        const pagefindDir = path.join(outDir, 'pagefind');
        for (const file of await readdir(pagefindDir)) {
          if (UNUSED_PAGEFIND_FILES.test(file)) await rm(path.join(pagefindDir, file));
        }
        logger.info(`indexed ${count} subsections (${LANGUAGE})`);
      },
    },
  };
}
