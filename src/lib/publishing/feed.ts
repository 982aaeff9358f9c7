/** An Atom feed of the published reports, so that readers and aggregators learn of each new year. */
import { escapeMarkup } from './escape-markup.ts';

export interface FeedEntry {
  title: string;
  /** Absolute URL of the report page. */
  url: string;
  /** One office, or several for a joint report: each is an author of the entry. */
  issuers: string[];
  /** ISO date of issue, 2024-12-05 */
  date: string;
  summary: string;
}

export interface Feed {
  title: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  author: string;
  /** Newest first. */
  entries: FeedEntry[];
}

/** Reports are dated by day; Atom wants a moment, so the day starts in Beijing time. */
const atomDate = (isoDate: string) => `${isoDate}T00:00:00+08:00`;

export function atomFeed(feed: Feed): string {
  const updated = feed.entries.map((e) => e.date).sort().at(-1) ?? '1970-01-01';
  const authors = (names: string[]) => names.map((name) => `<author><name>${escapeMarkup(name)}</name></author>`);
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <title>${escapeMarkup(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeMarkup(entry.url)}"/>
    <id>${escapeMarkup(entry.url)}</id>
    <published>${atomDate(entry.date)}</published>
    <updated>${atomDate(entry.date)}</updated>
    ${authors(entry.issuers).join('\n    ')}
    <summary>${escapeMarkup(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escapeMarkup(feed.title)}</title>
  <link rel="alternate" type="text/html" href="${escapeMarkup(feed.siteUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeMarkup(feed.feedUrl)}"/>
  <id>${escapeMarkup(feed.siteUrl)}</id>
  <updated>${atomDate(updated)}</updated>
  ${authors([feed.author]).join('')}
${entries.join('\n')}
</feed>
`;
}
