/**
 * Which page answers a miss: hant/404.html under hant/, 404.html anywhere else. Astro publishes only the root
 * 404 page under that name, so the build moves the traditional one into place; static hosts learn the rule from
 * dist/_redirects (Netlify's form: path, page, status), nginx from the sample in the README.
 */
import { EDITIONS } from '../editions/editions.ts';
import { withBase } from '../routing/urls.ts';

/** The not-found page of an edition, relative to the base path: 404.html, hant/404.html */
export const notFoundPath = (prefix: string): string => `${prefix}404.html`;

/** Where Astro writes the not-found page of an edition other than the root one: hant/404/index.html */
export const builtNotFoundPath = (prefix: string): string => `${prefix}404/index.html`;

/** The lines of _redirects that serve each edition's 404 page, with status 404, for misses under its prefix. */
export function notFoundRedirects(base: string): string {
  return EDITIONS.filter((edition) => edition.prefix !== '')
    .map((edition) => `${withBase(base, edition.prefix)}*  ${withBase(base, notFoundPath(edition.prefix))}  404`)
    .concat(`${withBase(base, '')}*  ${withBase(base, notFoundPath(''))}  404`)
    .join('\n')
    .concat('\n');
}
