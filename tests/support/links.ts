/** Finds every internal link and anchor in a built site that leads nowhere. */
import { existsSync } from 'node:fs';
import type { Root } from 'hast';
import { listPages, pageFile, readPage, selectAll } from './dist.ts';
import { site } from '../../src/site.config.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function ids(tree: Root): Set<string> {
  return new Set(selectAll('[id]', tree).map((element) => String(element.properties['id'])));
}

/**
 * Checks a[href], link[href], script[src], img[src] and form[action] of every page under `dir`, served at
 * `base` on `origin`; absolute URLs of that origin (canonical, hreflang) are checked like relative ones.
 * Other external URLs are reported too: the site makes no request to anyone else.
 */
export async function findBrokenLinks(dir: string, base = '/', origin = site.origin): Promise<BrokenLink[]> {
  const pages = await listPages(dir);
  const trees = new Map<string, Root>();
  for (const page of pages) trees.set(page, await readPage(page, dir));
  const broken: BrokenLink[] = [];

  for (const [page, tree] of trees) {
    const elements = selectAll('a[href], link[href], script[src], img[src], form[action]', tree);
    for (const element of elements) {
      const raw = String(element.properties['href'] ?? element.properties['src'] ?? element.properties['action']);
      if (EXTERNAL.test(raw) && !raw.startsWith(`${origin}/`)) {
        if (!raw.startsWith('data:')) broken.push({ page, href: raw, reason: 'points outside the site' });
        continue;
      }
      const url = new URL(raw, `${origin}${base}${page}`);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href: raw, reason: `outside the base path ${base}` });
        continue;
      }
      const target = url.pathname.slice(base.length);
      if (!existsSync(pageFile(target, dir))) {
        broken.push({ page, href: raw, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment !== '') {
        const targetTree = trees.get(target) ?? (await readPage(target, dir));
        if (!ids(targetTree).has(fragment)) broken.push({ page, href: raw, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
