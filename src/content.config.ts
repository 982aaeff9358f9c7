/**
 * The content collections: one report identity and one entry per section for each year,
 * all under content/<year>/. Their schemas are in src/lib/report/schema.ts, the one truth about their
 * shape; the checks that span entries (numbering, a report for every year) live in src/lib/report/model.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentFolder } from './lib/report/content-folder.ts';
import { reportSchema, sectionSchema } from './lib/report/schema.ts';

const base = contentFolder();

const reports = defineCollection({
  loader: glob({ pattern: '*/report.mdx', base, generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
  schema: reportSchema,
});

const sections = defineCollection({
  loader: glob({ pattern: '*/[0-9]*.mdx', base }),
  schema: sectionSchema,
});

export const collections = { reports, sections };
