/**
 * The desk's own page: static HTML, CSS and TypeScript from src/desk/page/, the TypeScript served as the
 * JavaScript it is once its types are erased (Node's own stripTypeScriptTypes: the page's code is written as
 * erasable TypeScript, like the rest of the project's staff tools). The token is written into the HTML, the
 * only place the page gets it from.
 */
import { readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGE_DIR = fileURLToPath(new URL('../page/', import.meta.url));

/** The files the page is made of, by the path they are served at. */
const FILES = new Map<string, string>([
  ['/', 'index.html'],
  ['/desk.css', 'desk.css'],
]);

export interface PageFile {
  type: string;
  body: string;
}

/** The desk page's Content-Security-Policy: nothing but its own files, and the preview in its frames. */
export function pagePolicy(previewOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    `frame-src ${previewOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page file served at `pathname`, or undefined. */
export async function pageFile(pathname: string, token: string): Promise<PageFile | undefined> {
  const named = FILES.get(pathname);
  if (named === 'index.html') {
    const html = await readFile(path.join(PAGE_DIR, named), 'utf8');
    return { type: 'text/html; charset=utf-8', body: html.replace('%TOKEN%', escapeAttribute(token)) };
  }
  if (named) return { type: 'text/css; charset=utf-8', body: await readFile(path.join(PAGE_DIR, named), 'utf8') };
  const script = /^\/([a-z-]+)\.ts$/.exec(pathname)?.[1];
  if (!script) return undefined;
  const source = await readFile(path.join(PAGE_DIR, `${script}.ts`), 'utf8').catch(() => undefined);
  if (source === undefined) return undefined;
  return { type: 'text/javascript; charset=utf-8', body: stripTypeScriptTypes(source) };
}
