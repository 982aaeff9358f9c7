/** Builds the real project, or a throw-away copy of it with changed content, with the project's own Astro. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = path.join(projectRoot, 'dist');

/** What `npm run build` needs of the project, and nothing that a build writes. */
const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];

export interface CommandResult {
  code: number;
  output: string;
}

/** Runs a command with the Node that runs the tests, so a copy builds exactly as `npm run` would. */
export function runNode(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

export const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** `astro build` in a project folder. */
export function buildSite(cwd: string, env: Record<string, string> = {}): Promise<CommandResult> {
  return runNode([astroBin, 'build'], cwd, env);
}

/**
 * A fresh copy of the project in a temporary folder for builds with changed content. It links to the
 * project's installed packages one by one rather than sharing node_modules whole, because Astro keeps its
 * content cache in node_modules/.astro and a shared cache would let one copy's content leak into another.
 */
export async function copyProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fzbg-'));
  await Promise.all(
    // public/ is optional: a checkout without static files has none.
    PROJECT_FILES.filter((name) => existsSync(path.join(projectRoot, name))).map((name) =>
      cp(path.join(projectRoot, name), path.join(dir, name), { recursive: true }),
    ),
  );
  const modules = path.join(projectRoot, 'node_modules');
  await mkdir(path.join(dir, 'node_modules'));
  for (const name of await readdir(modules)) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(path.join(modules, name), path.join(dir, 'node_modules', name));
  }
  return dir;
}
