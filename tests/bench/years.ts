/**
 * Many years of reports, for benches and tests of what grows with the years (search bytes, build time, the
 * year filter, newest-first order). Each generated year is a template report (by default the newest of the
 * fixture site, tests/fixtures/content, so that nothing depends on what content/ holds) with its year changed and the sentences of each paragraph in another order, so that every year
 * is as long as the template and its pages differ from the other years'. They are written into a temporary
 * copy of the project (tests/support/project.ts), never into content/, and built with the project's own build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, copyProject, FIXTURE_CONTENT, projectRoot } from '../support/project.ts';

const YEAR_FOLDER = /^\d{4}$/;

/** The newest report folder of a content folder, the fixture site's unless given. */
export async function newestReportDir(contentDir = path.join(projectRoot, FIXTURE_CONTENT)): Promise<string> {
  const years = (await readdir(contentDir)).filter((name) => YEAR_FOLDER.test(name)).sort();
  if (years.length === 0) throw new Error(`no report folder (content/<year>/) in ${contentDir}`);
  return path.join(contentDir, years.at(-1)!);
}

/** A paragraph's sentences turned round by `shift`, so that the same words stand in another order. */
function turnSentences(paragraph: string, shift: number): string {
  const sentences = paragraph.match(/[^。！？]+[。！？]?/g) ?? [paragraph];
  if (sentences.length < 2 || !paragraph.endsWith('。')) return paragraph;
  const by = shift % sentences.length;
  return [...sentences.slice(by), ...sentences.slice(0, by)].join('');
}

/** One file of the template as the report of `year`: front matter and headings kept, body paragraphs reordered. */
export function fileForYear(text: string, templateYear: string, year: number): string {
  const [, frontMatter = '', body = text] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text) ?? [];
  const paragraphs = body.split('\n').map((line) => (line === '' || /^[#>|-]/.test(line) ? line : turnSentences(line, year)));
  return `${frontMatter}${paragraphs.join('\n')}`.replaceAll(templateYear, String(year));
}

/** Writes the reports of `years` into `contentDir`, each made from the template report folder's text files. */
export async function writeYears(contentDir: string, years: number[], templateDir: string): Promise<void> {
  const templateYear = path.basename(templateDir);
  // The report's text; an original document kept beside it (original.docx) is not part of the site.
  const files = (await readdir(templateDir)).filter((file) => file.endsWith('.mdx'));
  for (const year of years) {
    const yearDir = path.join(contentDir, String(year));
    await mkdir(yearDir, { recursive: true });
    for (const file of files) {
      const text = await readFile(path.join(templateDir, file), 'utf8');
      await writeFile(path.join(yearDir, file), fileForYear(text, templateYear, year));
    }
  }
}

/**
 * A temporary copy of the fixture site whose reports are exactly those of `years` (its settings kept), not
 * built yet (for benches that time the build alone). The caller removes it with `rm(dir, { recursive: true })`.
 */
export async function projectWithYears(years: number[], templateDir?: string): Promise<string> {
  const template = templateDir ?? (await newestReportDir());
  const dir = await copyProject();
  const contentDir = path.join(dir, 'content');
  for (const year of (await readdir(contentDir)).filter((name) => YEAR_FOLDER.test(name))) {
    await rm(path.join(contentDir, year), { recursive: true });
  }
  await writeYears(contentDir, years, template);
  return dir;
}

/**
 * The same copy, built; its dist/ is ready to serve. The caller removes it with `rm(dir, { recursive: true })`.
 */
export async function builtProjectWithYears(years: number[], templateDir?: string): Promise<string> {
  const dir = await projectWithYears(years, templateDir);
  const { code, output } = await buildSite(dir);
  if (code !== 0) throw new Error(`build of ${years.length} generated years failed:\n${output}`);
  return dir;
}

/** `count` consecutive years ending with `last`: yearsEndingIn(2024, 3) → [2022, 2023, 2024]. */
export const yearsEndingIn = (last: number, count: number): number[] => Array.from({ length: count }, (_, i) => last - count + 1 + i);
