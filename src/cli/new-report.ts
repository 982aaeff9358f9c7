/**
 * npm run report:new -- 2025
 * Writes an empty report for a year, with guidance, that builds and shows 【待填写】 until it is filled in.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as messages from '../importer/messages.ts';
import { skeletonFiles, type PreviousReport } from '../importer/skeleton.ts';
import { ImportError } from '../importer/source.ts';
import { placeholderLocations } from '../lib/report/unfinished.ts';
import { writeYearFolder } from '../importer/write-year.ts';

/** The newest report already in content/, whose title and issuer the new year starts from. */
async function newestReport(contentDir: string): Promise<PreviousReport | undefined> {
  const years = (await readdir(contentDir).catch(() => [])).filter((name) => /^\d{4}$/.test(name)).sort();
  for (const year of years.reverse()) {
    const text = await readFile(path.join(contentDir, year, 'report.mdx'), 'utf8').catch(() => '');
    const value = (raw: string): string => (raw.startsWith('"') ? (JSON.parse(raw) as string) : raw);
    const title = /^title:[ \t]*(.+?)[ \t]*$/m.exec(text)?.[1];
    // One issuer on the line, or a joint report's as a list under it.
    const issuer = /^issuer:[ \t]*(.*?)[ \t]*\n((?:[ \t]+-[ \t]*.+\n)*)/m.exec(text);
    const issuers = issuer?.[1]
      ? [issuer[1]]
      : [...(issuer?.[2] ?? '').matchAll(/-[ \t]*(.+?)[ \t]*$/gm)].map((item) => item[1] ?? '');
    if (title && issuers.length > 0) return { year, title: value(title), issuers: issuers.map(value) };
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
  const contentDir = path.resolve('content');
  const files = skeletonFiles(year, await newestReport(contentDir));
  const folder = path.relative(process.cwd(), await writeYearFolder(contentDir, year, files, { force: values.force }));
  console.log(`已创建 created: ${folder}/（${files.map((f) => f.name).join('、')}）`);
  console.log(
    `\n发布前必须填写 must be filled in before publishing:\n${placeholderLocations(files)
      .map((place) => `  ${folder}/${place}`)
      .join('\n')}`,
  );
  console.log(
    '\n每个文件开头的 {/* … */} 注释是填写说明，不会发布。The {/* … */} comments are guidance and are not published.',
  );
}

main().catch((error: unknown) => {
  if (error instanceof ImportError) console.error(`\n没有改动任何文件。Nothing was changed.\n${error.message}`);
  else console.error(error);
  process.exitCode = 1;
});
