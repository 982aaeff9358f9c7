import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/feed.ts';
import { getReports } from '../lib/collections.ts';
import { feedPath, homePath } from '../lib/urls.ts';
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
      issuer: report.issuer,
      date: report.date,
      summary: report.opening.text,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
