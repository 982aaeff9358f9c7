/**
 * Where a page is, worked out once per page by src/middleware.ts and handed down as Astro.locals.route, as
 * Starlight hands down starlightRoute: layouts and components read it instead of working it out again. The
 * report model knows no editions; the route data applies the page's edition to its links and its words.
 */
import { editionOfPath, type Edition } from '../editions/editions.ts';
import { textInEdition } from '../editions/traditional.ts';
import { absoluteUrl, editionPath, homePath, withBase } from './urls.ts';

export interface RouteData {
  /** The page's path relative to the base path, in its edition: '', '2024/1/', 'hant/2024/1/', '404.html' */
  path: string;
  edition: Edition;
  /** A link to a page of this edition, from a path of urls.ts: route.href(reportPath('2024')) → /hant/2024/ */
  href: (path: string) => string;
  /** The canonical absolute URL of a page of this edition, from a path of urls.ts. */
  url: (path: string) => string;
  /** A link to this edition's home page, as the header, footer and breadcrumbs give it. */
  homeHref: string;
  /** Words in this edition's characters, for what the page's text conversion (EditionText) does not reach:
   *  the head, structured data, pictures. */
  text: (text: string) => string;
}

/** Where the site is served: its origin (https://fzbg.example.gov.cn) and base path ('/' or '/fzbg/'). */
export interface SiteLocation {
  origin: string;
  base: string;
}

/** The route data of the page at a URL path ('/fzbg/hant/2024/1/') on a site served at the given location. */
export function routeDataOf(pathname: string, { origin, base }: SiteLocation): RouteData {
  const withinBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  // Astro renders the not-found pages at /404 and /hant/404/; they are published as 404.html and hant/404.html.
  const path = /(^|\/)404\/?$/.test(withinBase) ? withinBase.replace(/404\/?$/, '404.html') : decodeURI(withinBase);
  const edition = editionOfPath(path);
  const href = (page: string) => withBase(base, editionPath(edition, page));
  return {
    path,
    edition,
    href,
    url: (page) => absoluteUrl(origin, base, editionPath(edition, page)),
    homeHref: href(homePath()),
    text: textInEdition(edition),
  };
}
