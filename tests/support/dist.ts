/** Reads the built site: its pages as HTML trees and their visible text. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { distDir } from './project.ts';

/** Every HTML file under a built site, as URL paths relative to its root: '', '2024/', '2024/1/', '404.html'. */
export async function listPages(dir = distDir): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .map((file) => (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file))
    .sort();
}

export function pageFile(urlPath: string, dir = distDir): string {
  const clean = urlPath.replace(/^\//, '');
  return path.join(dir, clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean);
}

export async function readPage(urlPath: string, dir = distDir): Promise<Root> {
  return fromHtml(await readFile(pageFile(urlPath, dir), 'utf8'));
}

export function selectOne(tree: Root | Element, selector: string): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

export { select, selectAll };

/**
 * The text a reader sees in an element, block by block, one line per block, leaving out what is
 * marked data-pagefind-ignore (heading links, navigation).
 */
export function readableText(element: Element): string {
  const copy = structuredClone(element);
  for (const ignored of selectAll('[data-pagefind-ignore]', copy)) ignored.children = [];
  return toText(copy)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
