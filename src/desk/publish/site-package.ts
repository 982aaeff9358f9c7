/**
 * The package staff upload: dist/ as one .zip named with the year and the time, and beside it a manifest that
 * lists every file with its SHA-256 in the form `sha256sum -c` reads, so that whoever unpacks it on the server
 * can check every file arrived as built.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';

export interface SitePackage {
  zip: string;
  manifest: string;
  zipSha256: string;
  files: number;
}

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** 2025-12-08 09:30:05 (local time) → 20251208-093005, for file names. */
const stamp = (time: Date): string => {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}${two(time.getMonth() + 1)}${two(time.getDate())}-${two(time.getHours())}${two(time.getMinutes())}${two(time.getSeconds())}`;
};

/** Every file under a folder, as paths with forward slashes, sorted. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Writes the package of a built site into `packagesDir`, each file under a temporary name until it is complete. */
export async function packageSite(siteDir: string, packagesDir: string, year: string, time: Date): Promise<SitePackage> {
  const names = await filesUnder(siteDir);
  const contents: Record<string, Uint8Array> = {};
  const lines: string[] = [];
  for (const name of names) {
    const bytes = await readFile(path.join(siteDir, name));
    contents[name] = bytes;
    lines.push(`${sha256(bytes)}  ${name}`);
  }
  const zipBytes = zipSync(contents, { level: 6, mtime: time });
  const base = `site-${year}-${stamp(time)}`;
  await mkdir(packagesDir, { recursive: true });
  const zip = path.join(packagesDir, `${base}.zip`);
  const manifest = path.join(packagesDir, `${base}.sha256.txt`);
  await writeFile(`${zip}.part`, zipBytes);
  await writeFile(`${manifest}.part`, `${lines.join('\n')}\n`);
  await rename(`${zip}.part`, zip);
  await rename(`${manifest}.part`, manifest);
  return { zip, manifest, zipSha256: sha256(zipBytes), files: names.length };
}
