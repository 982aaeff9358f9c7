/**
 * npm run report:import -- <file.docx|file.txt> [--year YYYY] [--force]
 * Turns a report received as a Word document or plain text into content/<year>/ (its MDX files and the
 * original document as original.docx or original.txt), all files or none.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as messages from '../importer/messages.ts';
import { parseReport } from '../importer/parse-document.ts';
import { readSource } from '../importer/read-source.ts';
import { ImportError } from '../importer/source.ts';
import { describeImport } from '../importer/summary.ts';
import { contentFolder } from '../lib/report/content-folder.ts';
import { placeholderLocations } from '../lib/report/unfinished.ts';
import { reportFiles } from '../importer/to-mdx.ts';
import { writeYearFolder } from '../importer/write-year.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { year: { type: 'string' }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1)
    throw new ImportError(messages.noFileGiven());
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    throw new ImportError(messages.badYearOption(values.year));
  }
  let bytes: Uint8Array;
  try {
    // npm runs scripts in the project folder; a relative path means the folder the command was typed in.
    bytes = await readFile(path.resolve(process.env['INIT_CWD'] ?? process.cwd(), file));
  } catch {
    throw new ImportError(messages.unreadableFile(file));
  }
  const { blocks, format, original } = readSource(bytes, file);
  let parsed: ReturnType<typeof parseReport>;
  try {
    parsed = parseReport(blocks, values.year ? { year: values.year } : {});
  } catch (error) {
    // Name the file the problem is in, as the readers' own messages do.
    if (error instanceof ImportError) throw new ImportError(messages.inFile(file, error));
    throw error;
  }
  const { report, warnings } = parsed;
  console.log(describeImport(report, warnings, format));

  const files = reportFiles(report);
  const folder = await writeYearFolder(path.resolve(contentFolder()), report.year, [...files, original], {
    force: values.force,
  });
  const shown = path.relative(process.cwd(), folder);
  console.log(`\n已写入 written: ${shown}/（${[...files, original].map((f) => f.name).join('、')}）`);
  console.log(`原文 original: ${shown}/${original.name}（与导入的文件逐字节相同 byte for byte the file imported）`);
  const unfinished = placeholderLocations(files);
  if (unfinished.length > 0) {
    console.log(
      `\n发布前必须填写 must be filled in before publishing: ${unfinished.map((place) => `${shown}/${place}`).join('，')}`,
    );
  }
  console.log(
    `\n下一步 next: 请核对上面的警告，然后运行 npm run build 并预览 npm run preview。\nCheck the warnings above, then run npm run build and look at it with npm run preview.`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ImportError) {
    console.error(`\n导入失败，content/ 没有任何改动。Import failed; content/ was not changed.\n${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
