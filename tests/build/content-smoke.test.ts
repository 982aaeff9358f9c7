/**
 * The smoke test: the site built from whatever content/ holds, checked against that content. Nothing here
 * names a year, a title or a page: every expectation comes from the files (tests/support/content-smoke.ts), so
 * adding a year, or starting one with `npm run report:new`, can only make it fail for a real fault.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { smokeProblems } from '../support/content-smoke.ts';
import { buildLog, contentDistDir, projectRoot, type CommandResult } from '../support/project.ts';
import { DEFAULT_CONTENT_DIR } from '../../src/lib/report/content-folder.ts';

const build = async (): Promise<CommandResult> => JSON.parse(await readFile(buildLog(contentDistDir), 'utf8')) as CommandResult;

describe('the site built from content/', () => {
  it('has every year of content/ in both editions as its files state it, working links and only the warnings its content calls for', async () => {
    expect(await smokeProblems(projectRoot, DEFAULT_CONTENT_DIR, contentDistDir, await build())).toEqual([]);
  });

  it('the check itself catches a missing page, a wrong title and a warning nobody expects', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'fzbg-smoke-'));
    try {
      await cp(contentDistDir, dist, { recursive: true });
      const [year] = (await readdir(path.join(projectRoot, DEFAULT_CONTENT_DIR))).filter((name) => /^\d{4}$/.test(name));
      await rm(path.join(dist, `hant/${year}/1`), { recursive: true });
      const full = path.join(dist, `${year}/full/index.html`);
      await writeFile(full, (await readFile(full, 'utf8')).replace(/(<article[^>]*>[\s\S]*?<h1[^>]*>)/, '$1改过的'));
      const printed = await build();
      const stdout = `${printed.stdout}12:00:00 [WARN] [vite] something nobody asked for\n`;
      const problems = await smokeProblems(projectRoot, DEFAULT_CONTENT_DIR, dist, { ...printed, stdout });
      expect(problems).toEqual(
        expect.arrayContaining([
          `missing page hant/${year}/1/`,
          expect.stringMatching(new RegExp(`^${year}/full/ is titled 改过的`)),
          'unexpected build message: [WARN] [vite] something nobody asked for',
        ]),
      );
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});
