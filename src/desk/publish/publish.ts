/**
 * One press of 发布: the year's content written by the importer's own write step, the publication build with
 * the site's address, the package, and only then content/, dist/ and the log changed, each by a rename. Until
 * that last step everything happens in .desk/publish/, so a failure, or the desk being stopped, at any earlier
 * point leaves content/ and the previous dist/ exactly as they were; a failure in the last step puts back what
 * it had moved.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { yearChanges, yearText, type YearChanges } from '../content-changes.ts';
import { DESK_DIR } from '../desk-settings.ts';
import { writeYearFolder, type ContentFile, type OriginalFile } from '../import-adapter.ts';
import type { ReviewRecord } from '../review-record.ts';
import { buildSite, stageContent } from '../site-build.ts';
import { appendPublishEntry, PACKAGES_DIR, PUBLISH_LOG, type PublishEntry } from './publish-log.ts';
import { packageSite, type SitePackage } from './site-package.ts';

const run = promisify(execFile);

export const PUBLISH_STEPS = [
  { key: 'write', name: '写入年度内容', english: 'write the year\'s content' },
  { key: 'build', name: '生成网站', english: 'build the site' },
  { key: 'package', name: '打包', english: 'make the package' },
  { key: 'swap', name: '更新 content/ 和 dist/，记录发布', english: 'put content/ and dist/ in place, log the publish' },
  { key: 'commit', name: '提交到 git', english: 'commit to git' },
] as const;

export type StepKey = (typeof PUBLISH_STEPS)[number]['key'];

export interface Progress {
  step: StepKey;
  status: 'running' | 'done' | 'skipped' | 'failed';
  detail?: string;
}

export interface PublishRequest {
  projectDir: string;
  year: string;
  files: ReadonlyArray<ContentFile | OriginalFile>;
  siteUrl: string;
  review: ReviewRecord;
  confirmedHits: PublishEntry['confirmedHits'];
  source: PublishEntry['source'];
}

/** A failed step: what went wrong and what staff should do, in Chinese and English. */
export class PublishError extends Error {
  readonly step: StepKey;
  readonly chinese: string;
  readonly english: string;
  /** What the failed step printed, for the page to show under the message. */
  readonly output: string;

  constructor(step: StepKey, chinese: string, english: string, output = '') {
    super(`${chinese}\n${english}`);
    this.step = step;
    this.chinese = chinese;
    this.english = english;
    this.output = output;
  }
}

const WORK = `${DESK_DIR}/publish`;
const UNCHANGED = 'content/ 和 dist/ 都没有改动。';
const UNCHANGED_EN = 'content/ and dist/ are unchanged.';

async function yearFiles(folder: string): Promise<Array<{ name: string; content: string }>> {
  if (!existsSync(folder)) return [];
  const names = (await readdir(folder)).filter((name) => name.endsWith('.mdx'));
  return Promise.all(names.map(async (name) => ({ name, content: await readFile(path.join(folder, name), 'utf8') })));
}

/** Moves dist/ aside and the new site into its place; undo() moves them back. */
async function swapIn(from: string, to: string, aside: string): Promise<() => Promise<void>> {
  const had = existsSync(to);
  if (had) await rename(to, aside);
  try {
    await rename(from, to);
  } catch (error) {
    if (had) await rename(aside, to);
    throw error;
  }
  return async () => {
    await rename(to, from);
    if (had) await rename(aside, to);
  };
}

async function commitToGit(projectDir: string, year: string): Promise<string | undefined> {
  const inside = await run('git', ['rev-parse', '--is-inside-work-tree'], { cwd: projectDir }).catch(() => undefined);
  if (inside?.stdout.trim() !== 'true') return undefined;
  const paths = [`content/${year}`, PUBLISH_LOG];
  await run('git', ['add', '--', ...paths], { cwd: projectDir });
  await run('git', ['commit', '-m', `发布 ${year} 年报告 Publish the ${year} report`, '--', ...paths], { cwd: projectDir });
  return (await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectDir })).stdout.trim();
}

export async function publish(request: PublishRequest, report: (progress: Progress) => void): Promise<PublishEntry> {
  const { projectDir, year, files } = request;
  const work = path.join(projectDir, WORK);
  const time = new Date();
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const step = async <T>(key: StepKey, action: () => Promise<T>, detail?: (value: T) => string): Promise<T> => {
    report({ step: key, status: 'running' });
    let value: T;
    try {
      value = await action();
    } catch (error) {
      if (error instanceof PublishError) throw error;
      const { name, english } = PUBLISH_STEPS.find((s) => s.key === key)!;
      throw new PublishError(key, `“${name}”这一步出错，${UNCHANGED}请检查磁盘空间后再发布。`, `The step "${english}" failed; ${UNCHANGED_EN} Check disk space, then publish again.`, String(error));
    }
    report({ step: key, status: 'done', ...(detail ? { detail: detail(value) } : {}) });
    return value;
  };

  const yearFolder = path.join(projectDir, 'content', year);
  const before = await yearFiles(yearFolder);
  await step('write', () => stageContent(projectDir, `${WORK}/content`, year, files), () => `content/${year}/`);
  const built = await step('build', () => buildSite({ projectDir, contentDir: `${WORK}/content`, outDir: `${WORK}/dist`, siteUrl: request.siteUrl }));
  if (!built.ok) {
    throw new PublishError(
      'build',
      `网站生成失败，${UNCHANGED}请按下面构建输出中的提示改正后再发布。`,
      `The build failed; ${UNCHANGED_EN} Fix what the build output below says, then publish again.`,
      built.output.slice(-4000),
    );
  }
  const sitePackage: SitePackage = await step(
    'package',
    () => packageSite(path.join(work, 'dist'), path.join(projectDir, PACKAGES_DIR), year, time),
    (value) => path.relative(projectDir, value.zip),
  );
  const changes: YearChanges = yearChanges(yearText(before), yearText(files.filter((f): f is ContentFile => typeof f.content === 'string')));
  const entry: PublishEntry = {
    time: time.toISOString(),
    year,
    replaced: before.length > 0,
    siteUrl: request.siteUrl,
    review: request.review,
    confirmedHits: request.confirmedHits,
    source: request.source,
    changes,
    package: {
      file: path.relative(projectDir, sitePackage.zip),
      sha256: sitePackage.zipSha256,
      manifest: path.relative(projectDir, sitePackage.manifest),
      files: sitePackage.files,
    },
  };
  await step('swap', async () => {
    const backup = path.join(work, 'previous-year');
    if (existsSync(yearFolder)) await cp(yearFolder, backup, { recursive: true });
    await writeYearFolder(path.join(projectDir, 'content'), year, files, { force: true });
    let undoDist: (() => Promise<void>) | undefined;
    try {
      undoDist = await swapIn(path.join(work, 'dist'), path.join(projectDir, 'dist'), path.join(work, 'previous-dist'));
      await appendPublishEntry(projectDir, entry);
    } catch (error) {
      await undoDist?.();
      await rm(yearFolder, { recursive: true, force: true });
      if (existsSync(backup)) await rename(backup, yearFolder);
      await rm(sitePackage.zip, { force: true });
      await rm(sitePackage.manifest, { force: true });
      throw new PublishError('swap', `更新 content/ 和 dist/ 时出错，已恢复原样。请检查磁盘空间和文件夹权限后再发布。`, `Putting content/ and dist/ in place failed and both were put back. Check disk space and folder permissions, then publish again.`, String(error));
    }
  });
  report({ step: 'commit', status: 'running' });
  const commit = await commitToGit(projectDir, year).catch((error: unknown) => {
    report({ step: 'commit', status: 'failed', detail: `已发布，但 git 提交失败：${String(error)} / Published, but the git commit failed.` });
    return null;
  });
  if (commit !== null) report({ step: 'commit', status: commit ? 'done' : 'skipped', ...(commit ? { detail: commit } : { detail: '项目文件夹不是 git 仓库 / not a git repository' }) });
  await rm(work, { recursive: true, force: true });
  return entry;
}
