/**
 * Builds the project, or a throw-away copy of it, with the project's own Astro. The site tests build fixture
 * content of their own (tests/fixtures/content, see tests/fixtures/README.md), never the real content/, so that
 * adding a year to content/ changes no expectation; only the smoke test and the fidelity test read content/.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONTENT_DIR } from '../../src/lib/report/content-folder.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The fixture site the site tests build and read: the 2024 report and site settings of its own. */
export const FIXTURE_CONTENT = 'tests/fixtures/content';
/** Fixture years that a test adds to a copy of the fixture site: tests/fixtures/years/<name>/. */
export const FIXTURE_YEARS = 'tests/fixtures/years';

/** Where the site tests' global setup builds the fixture site, apart from the dist/ that staff publish. */
export const distDir = path.join(projectRoot, '.tmp', 'fixture-site');
/** Where it builds whatever content/ holds, for the smoke test and the fidelity test of the real report. */
export const contentDistDir = path.join(projectRoot, '.tmp', 'content-site');
/** What each of those builds printed: stdout and stderr apart, so that a test can read the warnings. */
export const buildLog = (dist: string): string => `${dist}.log.json`;

/** What `npm run build` needs of the project, and nothing that a build writes; content comes separately. */
const PROJECT_FILES = ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];

export interface CommandResult {
  code: number;
  /** stdout and stderr as they came. */
  output: string;
  /** Each stream alone, for the tests of what a build prints (tests/support/build-output.ts). */
  stdout: string;
  stderr: string;
}

/** Runs a command with the Node that runs the tests, so a copy builds exactly as `npm run` would. */
export function runNode(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const streams = { output: '', stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => {
      streams.output += chunk.toString();
      streams.stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      streams.output += chunk.toString();
      streams.stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, ...streams }));
  });
}

export const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildOptions {
  /** Environment for the build (SITE_URL, BASE, CONTENT_DIR…). CONTENT_DIR is content/ unless given here. */
  env?: Record<string, string>;
  /** Where to write the site; the project's dist/ unless given. */
  outDir?: string;
}

/** `astro build` in a project folder. */
export function buildSite(cwd: string, options: BuildOptions = {}): Promise<CommandResult> {
  const args = [astroBin, 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])];
  return runNode(args, cwd, { CONTENT_DIR: DEFAULT_CONTENT_DIR, ...options.env });
}

export interface CopyOptions {
  /** The content folder the copy gets as its content/: the fixture site unless given (e.g. 'content'). */
  content?: string;
  /** Fixture years added to it, by folder name under tests/fixtures/years, each as the year it is named after. */
  years?: string[];
}

/** tests/fixtures/years/2025-joint-issuers → 2025 */
const yearOfFixture = (name: string): string => /^\d{4}/.exec(name)?.[0] ?? name;

/**
 * A fresh copy of the project in a temporary folder for builds with changed content: the fixture site (or the
 * content folder given) as its content/, plus any fixture years. It links to the project's installed packages
 * one by one rather than sharing node_modules whole, because Astro keeps its content cache in
 * node_modules/.astro and a shared cache would let one copy's content leak into another.
 */
export async function copyProject(options: CopyOptions = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fzbg-'));
  await Promise.all(
    // public/ is optional: a checkout without static files has none.
    PROJECT_FILES.filter((name) => existsSync(path.join(projectRoot, name))).map((name) =>
      cp(path.join(projectRoot, name), path.join(dir, name), { recursive: true }),
    ),
  );
  const content = path.join(dir, DEFAULT_CONTENT_DIR);
  await cp(path.join(projectRoot, options.content ?? FIXTURE_CONTENT), content, { recursive: true });
  for (const name of options.years ?? []) {
    await cp(path.join(projectRoot, FIXTURE_YEARS, name), path.join(content, yearOfFixture(name)), { recursive: true });
  }
  const modules = path.join(projectRoot, 'node_modules');
  await mkdir(path.join(dir, 'node_modules'));
  for (const name of await readdir(modules)) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(path.join(modules, name), path.join(dir, 'node_modules', name));
  }
  return dir;
}
