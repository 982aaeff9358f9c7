/**
 * Builds the Pagefind indexes at the end of `astro build`, from the built pages, one record per subsection:
 * one index for each edition (pagefind/ and hant/pagefind/), so that each edition searches its own text
 * natively. The language is forced so that an index can never silently be built unsegmented.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { EDITIONS, editionOfPath, type Edition } from '../lib/editions/editions.ts';
import { searchRecordsOfPage, type SearchRecord } from '../lib/search/records.ts';
import { site } from '../site.config.ts';
import { readBuiltPages } from './built-pages.ts';

/** Pagefind's ready-made interfaces and its worker: the site has its own search page and runs without a worker. */
const UNUSED_PAGEFIND_FILES = /^pagefind-(?:ui|component-ui|modular-ui|worker)\.(?:js|css)$/;

async function writeIndex(records: SearchRecord[], edition: Edition, outputPath: string): Promise<void> {
  const language = edition.searchLanguage;
  if (records.length === 0) throw new Error(`The ${language} search index is empty: no page has [data-pagefind-body] report text.`);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord({
      url: record.url,
      content: record.content,
      language,
      meta: record.meta,
      filters: { year: [record.meta.year] },
    });
    if (added.errors.length > 0) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const file of await readdir(outputPath)) {
    if (UNUSED_PAGEFIND_FILES.test(file)) await rm(path.join(outputPath, file));
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const records = new Map<Edition, SearchRecord[]>(EDITIONS.map((edition) => [edition, []]));
        for (const { pagePath, tree } of await readBuiltPages(outDir)) {
          records.get(editionOfPath(pagePath))!.push(...searchRecordsOfPage(tree, `${site.base}${pagePath}`));
        }
        try {
          for (const [edition, editionRecords] of records) {
            await writeIndex(editionRecords, edition, path.join(outDir, edition.prefix, 'pagefind'));
            logger.info(`indexed ${editionRecords.length} subsections (${edition.searchLanguage}) into ${edition.prefix}pagefind/`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
