/**
 * The smoke check of a built site against the content folder it was built from, whatever that folder holds:
 * every expectation is read from the content itself (years, titles, issuers, sections, settings, what is still
 * unfinished), never written down here, so that a new year can never make it fail for being new.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { missingIdentifiers } from '../../src/lib/publishing/site-settings.ts';
import { unfinishedPlaces } from '../../src/lib/report/unfinished.ts';
import { readSiteSettings } from '../../src/site.config.ts';
import { buildMessages, type BuildMessage } from './build-output.ts';
import { listPages, pageFile, readPage, readableText, selectAll, selectOne } from './dist.ts';
import { findBrokenLinks } from './links.ts';

interface ContentYear {
  year: string;
  title: string;
  issuers: string[];
  sections: Array<{ number: number; title: string }>;
}

const frontMatter = (text: string): Record<string, unknown> =>
  (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as Record<string, unknown> | null) ?? {};

/** The years of a content folder as their files state them. */
async function contentYears(folder: string): Promise<ContentYear[]> {
  const years = (await readdir(folder)).filter((name) => /^\d{4}$/.test(name)).sort();
  return Promise.all(
    years.map(async (year) => {
      const report = frontMatter(await readFile(path.join(folder, year, 'report.mdx'), 'utf8'));
      const files = (await readdir(path.join(folder, year))).filter((name) => /^\d+\.mdx$/.test(name));
      const sections = await Promise.all(
        files.map(async (file) => frontMatter(await readFile(path.join(folder, year, file), 'utf8'))),
      );
      return {
        year,
        title: String(report['title']),
        issuers: ([] as unknown[]).concat(report['issuer']).map(String),
        sections: sections
          .map((section) => ({ number: Number(section['number']), title: String(section['title']) }))
          .sort((a, b) => a.number - b.number),
      };
    }),
  );
}

/** The pages a report has in one edition ('' or 'hant/'). */
const reportPages = (prefix: string, { year, sections }: ContentYear): string[] => [
  `${prefix}${year}/`,
  `${prefix}${year}/full/`,
  `${prefix}${year}/poster/`,
  ...sections.flatMap(({ number }) => [`${prefix}${year}/${number}/`, `${prefix}${year}/${number}/poster/`]),
];

/** Problems in what a preview build printed: anything but the warnings the content and settings call for. */
function unexpectedMessages(messages: BuildMessage[], settingsFile: string, missing: string[], unfinished: string[]): string[] {
  const problems: string[] = [];
  const seen = { siteUrl: false, identifiers: false, unfinished: false };
  for (const message of messages) {
    const lines = message.text.split('\n');
    const from = message.source === 'publication-checks' && message.level === 'WARN';
    if (from && lines[0]!.startsWith('SITE_URL 未设置') && lines.length === 2) seen.siteUrl = true;
    else if (from && lines[0]!.startsWith(`${settingsFile} 中以下网站标识尚未填写`) && lines.length === 2) {
      seen.identifiers = true;
      if (!lines[0]!.endsWith(`：${missing.join('、')}`)) problems.push(`identifiers named wrongly: ${lines[0]}`);
    } else if (from && lines[0]!.includes('【待填写】')) {
      seen.unfinished = true;
      const listed = lines.filter((line) => /^\s+\S+:\d+$/.test(line)).map((line) => line.trim());
      if (listed.join('\n') !== unfinished.join('\n') || listed.length !== lines.length - 2) {
        problems.push(`unfinished places listed wrongly:\n${message.text}\nexpected: ${unfinished.join(', ')}`);
      }
    } else problems.push(`unexpected build message: [${message.level}] [${message.source}] ${message.text}`);
  }
  if (!seen.siteUrl) problems.push('no warning that SITE_URL is unset');
  if (seen.identifiers !== missing.length > 0) problems.push(`identifier warning ${seen.identifiers ? 'given' : 'missing'}; empty: ${missing.join('、')}`);
  if (seen.unfinished !== unfinished.length > 0) problems.push(`unfinished warning ${seen.unfinished ? 'given' : 'missing'}`);
  return problems;
}

/**
 * What is wrong with `dist`, a preview build (SITE_URL unset) of the folder `content` of `project` that printed
 * `printed`: missing pages in either edition, pages of a year the folder does not hold, titles or issuers other
 * than the content's, broken links, and any build message other than the warnings the content calls for.
 * Empty when all is well.
 */
export async function smokeProblems(
  project: string,
  content: string,
  dist: string,
  printed: { stdout: string; stderr: string },
): Promise<string[]> {
  const problems: string[] = [];
  const folder = path.join(project, content);
  const years = await contentYears(folder);
  if (years.length === 0) problems.push(`${folder} holds no year`);

  // Pages every site has and the pages of each year; pages that features add beside them are theirs to test.
  const expected = ['', 'hant/'].flatMap((prefix) => [prefix, `${prefix}search/`, ...years.flatMap((y) => reportPages(prefix, y))]);
  const pages = await listPages(dist);
  for (const page of [...expected, '404.html']) if (!pages.includes(page)) problems.push(`missing page ${page}`);
  const known = new Set(years.map((y) => y.year));
  for (const page of pages) {
    const year = /^(?:hant\/)?(\d{4})\//.exec(page)?.[1];
    if (year !== undefined && !known.has(year)) problems.push(`page of a year content/ does not hold: ${page}`);
  }

  const newestFirst = [...years].reverse();
  const listed = selectAll('main h2', await readPage('', dist)).map(readableText);
  if (listed.join('\n') !== newestFirst.map((y) => y.title).join('\n')) problems.push(`home page lists ${listed.join(' | ')}`);
  for (const { year, title, issuers, sections } of years) {
    if (!existsSync(pageFile(`${year}/`, dist))) continue;
    for (const page of [`${year}/`, `${year}/full/`]) {
      const h1 = readableText(selectOne(await readPage(page, dist), 'article h1'));
      if (h1 !== title) problems.push(`${page} is titled ${h1}, not ${title}`);
    }
    for (const { number, title: sectionTitle } of sections) {
      const h1 = readableText(selectOne(await readPage(`${year}/${number}/`, dist), 'article h1'));
      if (!h1.endsWith(sectionTitle)) problems.push(`${year}/${number}/ is titled ${h1}, not …${sectionTitle}`);
    }
    const signature = selectAll('.signature p', await readPage(`${year}/full/`, dist)).map(readableText);
    if (signature.slice(0, -1).join('\n') !== issuers.join('\n')) problems.push(`${year}/full/ is signed ${signature.join(' | ')}`);
  }

  for (const broken of await findBrokenLinks(dist)) problems.push(`broken link on ${broken.page}: ${broken.href} (${broken.reason})`);

  // The build names files as they are under the project: content/2025/report.mdx:4.
  const unfinished = (await unfinishedPlaces(folder)).map((place) => path.relative(project, place));
  const missing = missingIdentifiers(readSiteSettings(folder).identifiers);
  problems.push(...unexpectedMessages(buildMessages(printed), `${content}/site.yaml`, missing, unfinished));
  return problems;
}
