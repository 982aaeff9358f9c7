/** What the browser tests need to know of the built site's pages, derived from dist/ and the site's origin. */
import { site } from '../../src/site.config.ts';
import { listPages } from './dist.ts';

/** Every built page as a path relative to the site's root: '', '2024/', '2024/1/poster/', '404.html'. */
export const builtPages = (): Promise<string[]> => listPages();

export const isPoster = (page: string): boolean => page.endsWith('/poster/');

/** The absolute URL a reader is meant to reach by scanning a page's QR code: a poster leads to its page. */
export function expectedQrUrl(page: string): string {
  const target = isPoster(page) ? page.slice(0, -'poster/'.length) : page;
  return new URL(target, new URL(site.base, site.origin)).href;
}
