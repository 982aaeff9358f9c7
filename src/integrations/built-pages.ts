/** The finished HTML pages of a build, for the integrations that work on them once Astro is done. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface BuiltPage {
  /** The page's path below the site's base: '', '2024/1/', 'hant/2024/', '404.html' */
  pagePath: string;
  tree: Root;
}

/** Every .html file under the output folder, parsed, in path order. */
export async function readBuiltPages(outDir: string): Promise<BuiltPage[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  return Promise.all(
    files.map(async (file) => ({
      pagePath: file.split(path.sep).join('/').replace(/index\.html$/, ''),
      tree: fromHtml(await readFile(path.join(outDir, file), 'utf8')),
    })),
  );
}
