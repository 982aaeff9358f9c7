/**
 * npm run report:new -- 2025
 * Writes an empty report for a year, with guidance, that builds and shows 【待填写】 until it is filled in.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readReportFrontMatter } from '../importer/front-matter.ts';
import * as messages from '../importer/messages.ts';
import { skeletonFiles, type PreviousReport } from '../importer/skeleton.ts';
import { ImportError } from '../importer/source.ts';
import { contentFolder } from '../lib/report/content-folder.ts';
import { placeholderLocations } from '../lib/report/unfinished.ts';
import { writeYearFolder } from '../importer/write-year.ts';

/**
 * The newest report already in the content folder, whose title and issuers the new year starts from. A
 * report.mdx the build would refuse is not a start: its problem is the build's to tell.
 */
async function newestReport(contentDir: string): Promise<PreviousReport | undefined> {
  const years = (await readdir(contentDir).catch(() => [])).filter((name) => /^\d{4}$/.test(name)).sort();
  for (const year of years.reverse()) {
    const file = path.join(contentDir, year, 'report.mdx');
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    try {
      const { title, issuer } = readReportFrontMatter(text, file);
      return { year, title, issuers: issuer };
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
    }
  }
  return undefined;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [year] = positionals;
  if (!year || !/^\d{4}$/.test(year) || positionals.length > 1) {
    throw new ImportError(messages.badNewYear());
  }
  const contentDir = path.resolve(contentFolder());
  const files = skeletonFiles(year, await newestReport(contentDir));
  const folder = path.relative(process.cwd(), await writeYearFolder(contentDir, year, files, { force: values.force }));
  console.log(messages.printed(messages.created(folder, files.map((f) => f.name))));
  console.log(`\n${messages.printed(messages.mustFillIn(placeholderLocations(files).map((place) => `${folder}/${place}`)))}`);
  console.log(`\n${messages.printed(messages.guidanceComments())}`);
}

main().catch((error: unknown) => {
  if (error instanceof ImportError) console.error(`\n${messages.printed(messages.nothingChanged())}\n${error.message}`);
  else console.error(error);
  process.exitCode = 1;
});
