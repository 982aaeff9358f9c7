/** Fills Astro.locals.route for every page as it is rendered (at build time: the site is static). */
import { defineMiddleware } from 'astro:middleware';
import { routeDataOf } from './lib/routing/route-data.ts';
import { site } from './site.config.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.route = routeDataOf(context.url.pathname, site.base);
  return next();
});
