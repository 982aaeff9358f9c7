/**
 * Every page as it is rendered (at build time: the site is static): fills Astro.locals.route, and holds the
 * last characters of each heading and title together in the finished HTML (src/lib/reading/lone-characters.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { routeDataOf } from './lib/routing/route-data.ts';
import { keepTitleEndingsTogether } from './lib/reading/lone-characters.ts';
import { site } from './site.config.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.route = routeDataOf(context.url.pathname, site);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(keepTitleEndingsTogether(await response.text()), response);
});
