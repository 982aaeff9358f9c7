import type { APIRoute } from 'astro';
import { canonicalUrl } from '../site.config.ts';

/** Every page may be indexed; the sitemap lists them. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${canonicalUrl('sitemap-index.xml')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
