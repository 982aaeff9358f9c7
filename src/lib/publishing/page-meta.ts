/**
 * The <meta> tags of a page: those 《政府网站发展指引》 asks of every page of a government site
 * (SiteName, SiteDomain, SiteIDCode), of its column (ColumnName, ColumnDescription, ColumnKeywords, ColumnType)
 * and of every page of content (ArticleTitle, PubDate, ContentSource), and the Open Graph tags that chat apps
 * and search engines read when a link is shared, with the share image (see share-image.ts).
 * A value that is empty is left out rather than emitted blank.
 */
import { issuersInOneLine, type DisclosureRecord } from '../report/model.ts';

/** The kinds of column 《政府网站发展指引》 names after the functions of a government site. */
export const COLUMN_TYPES = ['信息发布', '解读回应', '办事服务', '互动交流'] as const;

/** Tags whose value is a word of a fixed vocabulary, which crawlers compare as written: never converted to 繁體. */
export const VOCABULARY_TAGS: ReadonlySet<string> = new Set(['ColumnType']);

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

/** The column (栏目) the reports are published in, as the site's settings describe it. */
export interface ColumnFacts {
  name: string;
  description: string;
  /** Comma-separated, as the tag carries them. */
  keywords: string;
  /** One of the kinds of column 《政府网站发展指引》 names (COLUMN_TYPES). */
  type: string;
}

/** What a page of report text is, for the column tags, ArticleTitle, PubDate and ContentSource. */
export interface ArticleFacts {
  column: ColumnFacts;
  title: string;
  /** When the site published it: 2024-12-10 09:30 where the time is known, else the day (PubDate's form). */
  published: string;
  /** Who the text comes from: the issuing body. */
  source: string;
  /** The report's year, whose share image the page carries. */
  year: string;
  /** What the share image shows, for og:image:alt. */
  imageAlt: string;
}

/** The picture a shared link shows: a PNG made at build time (share-image.ts). */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
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
  image?: ShareImage | undefined;
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
          tag('name', 'ColumnName', article.column.name),
          tag('name', 'ColumnDescription', article.column.description),
          tag('name', 'ColumnKeywords', article.column.keywords),
          tag('name', 'ColumnType', article.column.type),
          tag('name', 'ArticleTitle', article.title),
          tag('name', 'PubDate', article.published),
          tag('name', 'ContentSource', article.source),
        ]
      : []),
    tag('property', 'og:type', article ? 'article' : 'website'),
    tag('property', 'og:title', page.title),
    tag('property', 'og:description', page.description),
    tag('property', 'og:url', page.url),
    tag('property', 'og:site_name', site.name),
    tag('property', 'og:locale', page.locale),
    ...(article ? [tag('property', 'article:published_time', article.published.replace(' ', 'T'))] : []),
    ...(page.image
      ? [
          tag('property', 'og:image', page.image.url),
          tag('property', 'og:image:type', 'image/png'),
          tag('property', 'og:image:width', String(page.image.width)),
          tag('property', 'og:image:height', String(page.image.height)),
          tag('property', 'og:image:alt', page.image.alt),
          tag('name', 'twitter:card', 'summary_large_image'),
        ]
      : []),
  ];
  return tags.filter((t) => t.content.trim() !== '');
}

/**
 * PubDate's form: the day the site published the report and the time where it is known (2024-12-10 09:30);
 * until a 发布日期 is given, the date of signature.
 */
export function pubDate(report: { date: string; disclosure: DisclosureRecord }): string {
  const { published } = report.disclosure;
  if (published === undefined) return report.date;
  return published.time === undefined ? published.date : `${published.date} ${published.time}`;
}

/**
 * The article facts of a page of a report's text. Its source (来源) is the body that issued the report:
 * the site republishes the issued document unchanged.
 */
export function reportArticle(
  column: ColumnFacts,
  report: { year: string; title: string; issuers: string[]; date: string; disclosure: DisclosureRecord },
  title = report.title,
): ArticleFacts {
  const source = issuersInOneLine(report.issuers);
  return {
    column,
    title,
    published: pubDate(report),
    source,
    year: report.year,
    imageAlt: `${report.title}，${source}，${report.year}年度`,
  };
}
