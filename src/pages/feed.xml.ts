import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/publishing/feed.ts';
import { getReports } from '../lib/report/collections.ts';
import { feedPath, homePath } from '../lib/routing/urls.ts';
import { canonicalUrl, site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const reports = await getReports();
  const xml = atomFeed({
    title: site.name,
    siteUrl: canonicalUrl(homePath()),
    feedUrl: canonicalUrl(feedPath()),
    author: site.identifiers.owner,
    entries: reports.map((report) => ({
      title: report.title,
      url: canonicalUrl(report.path),
      issuers: report.issuers,
      date: report.date,
      summary: report.opening.text,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
