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

/**
 * Where an <a> may lead off the site: the record lookups that government sites link their ICP and
 * public-security record numbers to, and the phone and mail apps. A link is followed by the reader;
 * nothing is loaded from these by the page itself.
 */
export const OUTBOUND_LINKS = ['https://beian.miit.gov.cn/', 'https://beian.mps.gov.cn/', 'mailto:', 'tel:'];

/** A style that pulls in anything from elsewhere: url(http…), url(//…), @import of another origin. */
const EXTERNAL_IN_CSS = /url\(\s*['"]?(?!data:)(?:[a-z][a-z0-9+.-]*:|\/\/)|@import\s+(?:url\()?\s*['"]?(?:https?:)?\/\//i;

function ids(tree: Root): Set<string> {
  return new Set(selectAll('[id]', tree).map((element) => String(element.properties['id'])));
}

/**
 * Checks a[href], link[href], script[src], img[src], iframe[src] and form[action] of every page under `dir`,
 * served at `base` on `origin`; absolute URLs of that origin (canonical, hreflang) are checked like relative
 * ones. Other external URLs are reported too, and styles that load from elsewhere: the site makes no request
 * to anyone else. Only an <a> may lead to one of OUTBOUND_LINKS.
 */
export async function findBrokenLinks(dir: string, base = '/', origin = site.origin): Promise<BrokenLink[]> {
  const pages = await listPages(dir);
  const trees = new Map<string, Root>();
  for (const page of pages) trees.set(page, await readPage(page, dir));
  const broken: BrokenLink[] = [];

  for (const [page, tree] of trees) {
    for (const element of selectAll('style, [style]', tree)) {
      const css = element.tagName === 'style' ? element.children.map((c) => (c.type === 'text' ? c.value : '')).join('') : String(element.properties['style']);
      const found = EXTERNAL_IN_CSS.exec(css);
      if (found) broken.push({ page, href: found[0], reason: 'a style loads from outside the site' });
    }
    const elements = selectAll('a[href], link[href], script[src], img[src], iframe[src], form[action]', tree);
    for (const element of elements) {
      const raw = String(element.properties['href'] ?? element.properties['src'] ?? element.properties['action']);
      if (EXTERNAL.test(raw) && !raw.startsWith(`${origin}/`)) {
        const outbound = element.tagName === 'a' && OUTBOUND_LINKS.some((allowed) => raw.startsWith(allowed));
        if (!raw.startsWith('data:') && !outbound) broken.push({ page, href: raw, reason: 'points outside the site' });
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
