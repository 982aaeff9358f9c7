/**
 * Staff's new year, for real, in copies of the project with the real content/: `npm run report:new` for the
 * year after the newest, and separately the import of a generated report of that year. After either, the site
 * builds and passes the smoke test (tests/support/content-smoke.ts); the other site tests cannot notice, since
 * they build fixture content. A publication build refuses the unfinished skeleton, naming every file and line
 * still to fill in, the date in its YAML comment included, and leaves the last build as it was.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smokeProblems } from '../support/content-smoke.ts';
import { buildSite, copyProject, projectRoot, runNode, type CommandResult } from '../support/project.ts';
import { fixtureReport, gongwenDocx } from '../support/report-fixtures.ts';
import { DEFAULT_CONTENT_DIR } from '../../src/lib/report/content-folder.ts';
import { PLACEHOLDER } from '../../src/lib/report/unfinished.ts';

const years = (await readdir(path.join(projectRoot, DEFAULT_CONTENT_DIR))).filter((name) => /^\d{4}$/.test(name)).sort();
const nextYear = Number(years.at(-1)) + 1;
const copies: string[] = [];

afterAll(async () => {
  for (const dir of copies) await rm(dir, { recursive: true, force: true });
});

async function projectWithContent(): Promise<string> {
  const dir = await copyProject({ content: DEFAULT_CONTENT_DIR });
  copies.push(dir);
  return dir;
}

const cli = (dir: string, name: string, args: string[]) =>
  runNode([path.join(dir, 'src/cli', name), ...args], dir, { CONTENT_DIR: DEFAULT_CONTENT_DIR });

describe(`npm run report:new -- ${nextYear}`, () => {
  let dir: string;
  let created: CommandResult;
  let preview: CommandResult;
  let publication: CommandResult;

  beforeAll(async () => {
    dir = await projectWithContent();
    created = await cli(dir, 'new-report.ts', [String(nextYear)]);
    preview = await buildSite(dir);
    publication = await buildSite(dir, { env: { SITE_URL: 'https://fzbg.example.gov.cn' } });
  });

  it('builds a preview that passes the smoke test, warning about each place still to fill in', async () => {
    expect(created.code, created.output).toBe(0);
    expect(preview.code, preview.output).toBe(0);
    expect(await smokeProblems(dir, DEFAULT_CONTENT_DIR, path.join(dir, 'dist'), preview)).toEqual([]);
  });

  it('refuses to build for publication, naming each unfinished file and line in Chinese and English', async () => {
    expect(publication.code).not.toBe(0);
    const report = `${DEFAULT_CONTENT_DIR}/${nextYear}/report.mdx`;
    const lines = (await readFile(path.join(dir, report), 'utf8')).split('\n');
    const dateLine = lines.findIndex((line) => line.startsWith('date:')) + 1;
    expect(lines[dateLine - 1]).toContain(`# ${PLACEHOLDER}`);
    expect(publication.output).toContain(`${report}:${dateLine}`);
    for (const [index, line] of lines.entries()) {
      if (line.includes(PLACEHOLDER)) expect(publication.output).toContain(`${report}:${index + 1}`);
    }
    expect(publication.output).toContain('发布版本（设置了 SITE_URL）不能生成');
    expect(publication.output).toContain('a publication build (SITE_URL set) stops');
    expect(existsSync(path.join(dir, 'dist', `${nextYear}`, 'index.html')), 'the preview is still there').toBe(true);
  });
});

describe(`importing a ${nextYear} report`, () => {
  let dir: string;
  let imported: CommandResult;
  let preview: CommandResult;

  beforeAll(async () => {
    dir = await projectWithContent();
    const document = path.join(dir, `${nextYear}.docx`);
    await writeFile(document, await gongwenDocx(fixtureReport(nextYear)));
    imported = await cli(dir, 'import-report.ts', [document]);
    preview = await buildSite(dir);
  });

  it('builds a preview that passes the smoke test', async () => {
    expect(imported.code, imported.output).toBe(0);
    expect(preview.code, preview.output).toBe(0);
    expect(await smokeProblems(dir, DEFAULT_CONTENT_DIR, path.join(dir, 'dist'), preview)).toEqual([]);
  });
});

describe('the content folder the tools write to', () => {
  it('is CONTENT_DIR when it is set, for report:new and report:import alike, and content/ is not touched', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'content-dir-'));
    copies.push(dir);
    const env = { CONTENT_DIR: 'other-content' };
    const run = (name: string, args: string[]) => runNode([path.join(projectRoot, 'src/cli', name), ...args], dir, env);
    const created = await run('new-report.ts', ['2031']);
    expect(created.code, created.output).toBe(0);
    const document = path.join(dir, '2032.docx');
    await writeFile(document, await gongwenDocx(fixtureReport(2032)));
    const imported = await run('import-report.ts', [document]);
    expect(imported.code, imported.output).toBe(0);
    expect((await readdir(path.join(dir, 'other-content'))).sort()).toEqual(['2031', '2032']);
    expect(existsSync(path.join(dir, DEFAULT_CONTENT_DIR))).toBe(false);
    // report:new starts from the newest report in that folder, not in content/.
    const next = await run('new-report.ts', ['2033']);
    expect(next.code, next.output).toBe(0);
    expect(await readFile(path.join(dir, 'other-content/2033/report.mdx'), 'utf8')).toContain(
      'title: 新荣经济技术开发区2033年法治政府建设年度报告\n',
    );
  });
});
