/**
 * The site's own build, run by the desk as `npm run build` runs it, on a content folder and into an output folder
 * of the desk's choosing, so that neither content/ nor dist/ is touched until a publish has succeeded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeYearFolder, type ContentFile, type OriginalFile } from './import-adapter.ts';

export interface BuildResult {
  ok: boolean;
  /** What the build printed, stdout and stderr as they came. */
  output: string;
}

export interface BuildRequest {
  projectDir: string;
  /** The content folder, relative to the project. */
  contentDir: string;
  /** Where the site is written, relative to the project. */
  outDir: string;
  /** The site's address, for a publication build. */
  siteUrl?: string;
}

/** The child processes of builds under way, ended when the desk stops. */
const running = new Set<ChildProcess>();

export function stopBuilds(): void {
  for (const child of running) child.kill();
}

export function buildSite({ projectDir, contentDir, outDir, siteUrl }: BuildRequest): Promise<BuildResult> {
  const astro = path.join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env: Record<string, string | undefined> = { ...process.env, CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1' };
  // A preview is a preview whatever the staff member's shell has set; only the publish builds with the address.
  if (siteUrl) env['SITE_URL'] = siteUrl;
  else delete env['SITE_URL'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: projectDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => {
      running.delete(child);
      resolve({ ok: false, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      running.delete(child);
      resolve({ ok: code === 0, output });
    });
  });
}

/**
 * A copy of the project's content folder with one year written into it by the importer's own write step, all
 * or nothing, replacing the year if it is there: the content a preview or a publish builds.
 */
export async function stageContent(
  projectDir: string,
  stagedDir: string,
  year: string,
  files: ReadonlyArray<ContentFile | OriginalFile>,
): Promise<void> {
  const target = path.join(projectDir, stagedDir);
  await rm(target, { recursive: true, force: true });
  await mkdir(path.dirname(target), { recursive: true });
  const content = path.join(projectDir, 'content');
  if (existsSync(content)) await cp(content, target, { recursive: true });
  else await mkdir(target);
  await writeYearFolder(target, year, files, { force: true });
}
