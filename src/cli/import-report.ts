/**
 * npm run report:import -- <file.docx|file.txt> [--year YYYY] [--force] [--confirm-kind]
 * Turns a report received as a Word document or plain text into its year's folder in the content folder (its
 * MDX files and the original document as original.docx or original.txt), all files or none. Every message is
 * the importer's (src/importer/messages.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importDocument } from '../importer/import-document.ts';
import * as messages from '../importer/messages.ts';
import { ImportError } from '../importer/source.ts';
import { describeImport } from '../importer/summary.ts';
import { writeYearFolder } from '../importer/write-year.ts';
import { contentFolder } from '../lib/report/content-folder.ts';
import { placeholderLocations } from '../lib/report/unfinished.ts';

/** Exit status when the document is of another kind and staff have not confirmed it: nothing was written. */
const NOT_CONFIRMED = 2;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      year: { type: 'string' },
      force: { type: 'boolean', default: false },
      'confirm-kind': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new ImportError(messages.noFileGiven());
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new ImportError(messages.badYearOption(values.year));
  let bytes: Uint8Array;
  try {
    // npm runs scripts in the project folder; a relative path means the folder the command was typed in.
    bytes = await readFile(path.resolve(process.env['INIT_CWD'] ?? process.cwd(), file));
  } catch {
    throw new ImportError(messages.unreadableFile(file));
  }
  const imported = importDocument(bytes, file, {
    ...(values.year ? { year: values.year } : {}),
    otherKindConfirmed: values['confirm-kind'],
  });
  console.log(describeImport(imported));
  if (imported.outcome.kind === 'different-report') {
    console.log(`\n${messages.printed(messages.confirmOtherKind())}`);
    process.exitCode = NOT_CONFIRMED;
    return;
  }

  const { files, original, report } = imported;
  const folder = await writeYearFolder(path.resolve(contentFolder()), report.year, [...files, original], {
    force: values.force,
  });
  const shown = path.relative(process.cwd(), folder);
  console.log(`\n${messages.printed(messages.written(shown, [...files, original].map((f) => f.name)))}`);
  console.log(messages.printed(messages.originalKept(`${shown}/${original.name}`)));
  const unfinished = placeholderLocations(files);
  if (unfinished.length > 0) {
    console.log(`\n${messages.printed(messages.mustFillIn(unfinished.map((place) => `${shown}/${place}`)))}`);
  }
  console.log(`\n${messages.printed(messages.afterImport())}`);
}

main().catch((error: unknown) => {
  if (error instanceof ImportError) console.error(`\n${messages.printed(messages.importFailed(contentFolder()))}\n${error.message}`);
  else console.error(error);
  process.exitCode = 1;
});
