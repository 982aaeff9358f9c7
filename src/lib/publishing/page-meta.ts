/**
 * The <meta> tags of a page: those 《政府网站发展指引》 asks of every page of a government site
 * (SiteName, SiteDomain, SiteIDCode) and of every page of content (ColumnName, ArticleTitle, PubDate,
 * ContentSource), and the Open Graph tags that chat apps and search engines read when a link is shared.
 * A value that is empty is left out rather than emitted blank.
 */
import { issuersInOneLine } from '../report/model.ts';

export interface MetaTag {
  /** `name` for the government-site tags, `property` for Open Graph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

export interface SiteFacts {
  name: string;
  /** Absolute URL of the site's origin, e.g. https://fzbg.example.gov.cn */
  origin: string;
  /** 网站标识码; empty until it is issued. */
  siteIdCode: string;
}

/** What a page of report text is, for ColumnName, ArticleTitle, PubDate and ContentSource. */
export interface ArticleFacts {
  /** The column (栏目) the text is published in. */
  column: string;
  title: string;
  /** ISO date of issue, 2024-12-05 */
  date: string;
  /** Who the text comes from: the issuing body. */
  source: string;
}

export interface PageFacts {
  /** The page's full title, as in <title>. */
  title: string;
  description: string;
  /** The page's canonical absolute URL. */
  url: string;
  /** Set on pages that show report text; they are articles to Open Graph. */
  article?: ArticleFacts | undefined;
  /** Open Graph's name for the page's language: zh_CN, or zh_TW for the traditional edition. */
  locale: string;
}

const tag = (attribute: MetaTag['attribute'], key: string, content: string): MetaTag => ({ attribute, key, content });

export function pageMetaTags(site: SiteFacts, page: PageFacts): MetaTag[] {
  const { article } = page;
  const tags = [
    tag('name', 'SiteName', site.name),
    tag('name', 'SiteDomain', new URL(site.origin).host),
    tag('name', 'SiteIDCode', site.siteIdCode),
    ...(article
      ? [
          tag('name', 'ColumnName', article.column),
          tag('name', 'ArticleTitle', article.title),
          tag('name', 'PubDate', article.date),
          tag('name', 'ContentSource', article.source),
        ]
      : []),
    tag('property', 'og:type', article ? 'article' : 'website'),
    tag('property', 'og:title', page.title),
    tag('property', 'og:description', page.description),
    tag('property', 'og:url', page.url),
    tag('property', 'og:site_name', site.name),
    tag('property', 'og:locale', page.locale),
    ...(article ? [tag('property', 'article:published_time', article.date)] : []),
  ];
  return tags.filter((t) => t.content.trim() !== '');
}

/**
 * The article facts of a page of a report's text. Its source (来源) is the body that issued the report:
 * the site republishes the issued document unchanged.
 */
export function reportArticle(
  column: string,
  report: { title: string; issuers: string[]; date: string },
  title = report.title,
): ArticleFacts {
  return { column, title, date: report.date, source: issuersInOneLine(report.issuers) };
}
