/**
 * Part of `npm run bench`.
 * How long staff wait to publish a year: the import of a generated 40-page 公文 .docx (budget: under 2 s),
 * then the rebuild of the site with it, both run for real in a throw-away copy of the project.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONTENT_DIR } from '../../src/lib/report/content-folder.ts';
import { buildSite, copyProject, runNode } from '../support/project.ts';
import { documentLines, fixtureReport, gongwenDocx } from '../support/report-fixtures.ts';

/** A printed 公文 page: 22 lines of 28 characters. */
const CHARACTERS_PER_PAGE = 22 * 28;
const PAGES = 40;
/** Staff should not wait longer than this for an import (issue 10). */
const IMPORT_BUDGET_MS = 2000;

interface ImportBenchmark {
  pages: number;
  characters: number;
  importMs: number;
  rebuildMs: number;
}

async function benchImport(): Promise<ImportBenchmark> {
  let extra = 0;
  while (documentLines(fixtureReport(2025, extra)).join('').length < PAGES * CHARACTERS_PER_PAGE) extra += 1;
  const report = fixtureReport(2025, extra);
  const dir = await copyProject();
  try {
    const docx = path.join(dir, 'report-2025.docx');
    await writeFile(docx, await gongwenDocx(report));
    const firstBuild = await buildSite(dir);
    if (firstBuild.code !== 0) throw new Error(`build before the import failed:\n${firstBuild.output}`);

    let started = performance.now();
    const imported = await runNode([path.join(dir, 'src/cli/import-report.ts'), docx], dir, { CONTENT_DIR: DEFAULT_CONTENT_DIR });
    const importMs = performance.now() - started;
    if (imported.code !== 0) throw new Error(`import failed:\n${imported.output}`);

    started = performance.now();
    const rebuild = await buildSite(dir);
    const rebuildMs = performance.now() - started;
    if (rebuild.code !== 0) throw new Error(`rebuild after the import failed:\n${rebuild.output}`);

    const characters = documentLines(report).join('').length;
    return { pages: Math.round(characters / CHARACTERS_PER_PAGE), characters, importMs, rebuildMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const result = await benchImport();
const verdict = result.importMs < IMPORT_BUDGET_MS ? 'under' : 'OVER';
console.log(
  `import of a ${result.pages}-page report (${result.characters} characters): ${(result.importMs / 1000).toFixed(2)} s, ${verdict} the ${IMPORT_BUDGET_MS / 1000} s budget`,
);
console.log(`rebuild of the site after it: ${(result.rebuildMs / 1000).toFixed(2)} s`);
