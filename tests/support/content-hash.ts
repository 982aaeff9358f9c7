/** A fingerprint of a folder tree, names and bytes, to show that a failed import changed nothing. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).sort((a, b) =>
    path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)),
  );
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    hash.update(`${path.relative(dir, full)}\0${entry.isFile() ? 'f' : 'd'}\0`);
    if (entry.isFile()) hash.update(await readFile(full));
  }
  return hash.digest('hex');
}
