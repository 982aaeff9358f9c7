/**
 * Unfinished content: what staff must still fill in is marked 【待填写】, by the new-year skeleton and by the
 * importer where a document lacks something. The command-line tools and the build find it the same way.
 */

export const PLACEHOLDER = '【待填写】';

/** Where PLACEHOLDER still stands in some files, as "file:line" for staff to open. */
export function placeholderLocations(files: ReadonlyArray<{ name: string; content: string }>): string[] {
  return files.flatMap((file) =>
    file.content
      .split('\n')
      .flatMap((line, index) => (line.includes(PLACEHOLDER) ? [`${file.name}:${index + 1}`] : [])),
  );
}
