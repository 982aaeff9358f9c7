/** The picture shown when a page of a report is shared: /2024/share.png, /hant/2024/share.png (share-image.ts). */
import type { APIRoute } from 'astro';
import { reportRoutes, type SiteReport } from '../../../lib/report/collections.ts';
import { shareCardSvg } from '../../../lib/publishing/share-image.ts';
import { renderPng, RENDER_FONT_FAMILY } from '../../../lib/publishing/render-png.ts';
import { issuersInOneLine } from '../../../lib/report/model.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = reportRoutes;

export const GET: APIRoute<{ report: SiteReport }> = async ({ props: { report }, locals }) => {
  const inEdition = locals.route.text;
  const svg = shareCardSvg({
    column: inEdition(site.column),
    title: inEdition(report.title),
    issuers: inEdition(issuersInOneLine(report.issuers)),
    year: report.year,
    fontFamily: RENDER_FONT_FAMILY,
  });
  return new Response(await renderPng(svg));
};
