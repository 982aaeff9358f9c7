/**
 * Unfinished content: what staff must still fill in is marked 【待填写】, by the new-year skeleton and by the
 * importer where a document lacks something. The command-line tools and the build find it the same way: in the
 * text as written, line by line, so that a placeholder in a YAML comment (the skeleton's date) counts too.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export const PLACEHOLDER = '【待填写】';

/** Where PLACEHOLDER still stands in some files, as "file:line" for staff to open. */
export function placeholderLocations(files: ReadonlyArray<{ name: string; content: string }>): string[] {
  return files.flatMap((file) =>
    file.content
      .split('\n')
      .flatMap((line, index) => (line.includes(PLACEHOLDER) ? [`${file.name}:${index + 1}`] : [])),
  );
}

/** Where PLACEHOLDER still stands in the text files of a content folder (reports and settings), as "folder/file:line". */
export async function unfinishedPlaces(folder: string): Promise<string[]> {
  const names = (await readdir(folder, { recursive: true }))
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => /\.(mdx|md|ya?ml)$/.test(name))
    .sort();
  const files = await Promise.all(
    names.map(async (name) => ({
      name: path.posix.join(folder.split(path.sep).join('/'), name),
      content: await readFile(path.join(folder, name), 'utf8'),
    })),
  );
  return placeholderLocations(files);
}

/**
 * What the build says about unfinished content, in Chinese and English. A preview build only warns, so that a
 * new year can be looked at while it is written; a publication build refuses, since it would put 【待填写】, or
 * the skeleton's stand-in date, online.
 */
export function unfinishedContentMessage(locations: readonly string[], publishing: boolean): string {
  const list = locations.map((location) => `  ${location}`).join('\n');
  return publishing
    ? `以下位置仍是${PLACEHOLDER}，发布版本（设置了 SITE_URL）不能生成。请逐处填写原文，删去${PLACEHOLDER}后再构建：\n${list}\n` +
        `These places still say ${PLACEHOLDER} (to be filled in), so a publication build (SITE_URL set) stops. Fill each in from the issued report, removing ${PLACEHOLDER}, and build again.`
    : `以下位置仍是${PLACEHOLDER}，填写完成前请勿发布（设置 SITE_URL 的发布构建会拒绝）：\n${list}\n` +
        `These places still say ${PLACEHOLDER} (to be filled in); do not publish before they are finished (a publication build with SITE_URL set refuses).`;
}
