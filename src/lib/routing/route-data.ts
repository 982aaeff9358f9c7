/**
 * Where a page is, worked out once per page by src/middleware.ts and handed down as Astro.locals.route, as
 * Starlight hands down starlightRoute: layouts and components read it instead of working it out again.
 */
import { editionOfPath, type Edition } from '../editions/editions.ts';

export interface RouteData {
  /** The page's path relative to the base path, in its edition: '', '2024/1/', 'hant/2024/1/', '404.html' */
  path: string;
  edition: Edition;
}

/** The route data of the page at a URL path ('/fzbg/hant/2024/1/') on a site with the given base path ('/fzbg/'). */
export function routeDataOf(pathname: string, base: string): RouteData {
  const withinBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  // Astro renders the not-found pages at /404 and /hant/404/; they are published as 404.html and hant/404.html.
  const path = /(^|\/)404\/?$/.test(withinBase) ? withinBase.replace(/404\/?$/, '404.html') : decodeURI(withinBase);
  return { path, edition: editionOfPath(path) };
}
