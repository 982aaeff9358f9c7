/**
 * Writes a year's content folder (its MDX files and, for an import, the original document) all at once or
 * not at all: the files go into a temporary folder beside content/, which is renamed into place only when
 * complete. With force, the old folder is moved aside first and deleted only after the new one is in place,
 * and moved back if that fails.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as messages from './messages.ts';
import { ImportError } from './source.ts';
import type { ContentFile } from './to-mdx.ts';

/** The original document, kept byte for byte beside the content files it became. */
export interface OriginalFile {
  name: `original.${'docx' | 'txt'}`;
  content: Uint8Array;
}

export async function writeYearFolder(
  contentDir: string,
  year: string,
  files: ReadonlyArray<ContentFile | OriginalFile>,
  options: { force?: boolean } = {},
): Promise<string> {
  const target = path.join(contentDir, year);
  const shown = path.relative(process.cwd(), target) || target;
  if (existsSync(target) && !options.force) {
    throw new ImportError(messages.yearExists(shown, year));
  }
  const staging = await mkdtemp(path.join(path.dirname(contentDir), `.content-${year}-new-`));
  try {
    for (const file of files) await writeFile(path.join(staging, file.name), file.content, { flag: 'wx' });
    if (!existsSync(target)) {
      // A content folder of its own (CONTENT_DIR) may not exist yet.
      await mkdir(contentDir, { recursive: true });
      await rename(staging, target);
      return target;
    }
    const previous = `${staging.replace(/-new-/, '-old-')}`;
    await rename(target, previous);
    try {
      await rename(staging, target);
    } catch (error) {
      await rename(previous, target);
      throw error;
    }
    await rm(previous, { recursive: true, force: true });
    return target;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
