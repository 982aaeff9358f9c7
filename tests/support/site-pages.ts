/** Where a page's QR code should lead, derived from the page's path and the site's origin alone. */
import { site } from '../../src/site.config.ts';

export const isPoster = (page: string): boolean => page.endsWith('/poster/');

/** The absolute URL a reader is meant to reach by scanning a page's QR code: a poster leads to its page. */
export function expectedQrUrl(page: string): string {
  const target = isPoster(page) ? page.slice(0, -'poster/'.length) : page;
  return new URL(target, new URL(site.base, site.origin)).href;
}
