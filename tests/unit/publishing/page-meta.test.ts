import { describe, expect, it } from 'vitest';
import { pageMetaTags, pubDate, reportArticle, type ColumnFacts, type MetaTag } from '../../../src/lib/publishing/page-meta.ts';

const site = { name: '某开发区法治政府建设年度报告', origin: 'https://fzbg.example.gov.cn', siteIdCode: '1402000001' };
const column: ColumnFacts = { name: '年度报告', description: '历年报告全文', keywords: '法治,年度报告', type: '信息发布' };
const contentOf = (tags: MetaTag[], key: string) => tags.filter((t) => t.key === key).map((t) => t.content);

describe('pageMetaTags', () => {
  const plain = pageMetaTags(site, { title: '首页', description: '历年报告', url: 'https://fzbg.example.gov.cn/', locale: 'zh_CN' });
  const article = pageMetaTags(site, {
    title: '2024年度报告 - 站名',
    description: '开篇',
    url: 'https://fzbg.example.gov.cn/2024/',
    locale: 'zh_CN',
    article: { column, title: '2024年度报告', published: '2024-12-10 09:30', source: '某管理委员会', year: '2024', imageAlt: '图' },
    image: { url: 'https://fzbg.example.gov.cn/2024/share.png', width: 1200, height: 630, alt: '2024年度报告，某管理委员会，2024年度' },
  });

  it('gives every page the site tags, the domain being the bare host', () => {
    expect(contentOf(plain, 'SiteName')).toEqual(['某开发区法治政府建设年度报告']);
    expect(contentOf(plain, 'SiteDomain')).toEqual(['fzbg.example.gov.cn']);
    expect(contentOf(plain, 'SiteIDCode')).toEqual(['1402000001']);
    expect(plain.find((t) => t.key === 'SiteName')?.attribute).toBe('name');
  });

  it('gives article tags only to pages of report text, which are articles to Open Graph', () => {
    expect(contentOf(plain, 'ArticleTitle')).toEqual([]);
    expect(contentOf(plain, 'og:type')).toEqual(['website']);
    expect(contentOf(article, 'ColumnName')).toEqual(['年度报告']);
    expect(contentOf(article, 'ColumnDescription')).toEqual(['历年报告全文']);
    expect(contentOf(article, 'ColumnKeywords')).toEqual(['法治,年度报告']);
    expect(contentOf(article, 'ColumnType')).toEqual(['信息发布']);
    expect(contentOf(article, 'ArticleTitle')).toEqual(['2024年度报告']);
    expect(contentOf(article, 'PubDate')).toEqual(['2024-12-10 09:30']);
    expect(contentOf(article, 'article:published_time')).toEqual(['2024-12-10T09:30']);
    expect(contentOf(article, 'ContentSource')).toEqual(['某管理委员会']);
    expect(contentOf(article, 'og:type')).toEqual(['article']);
    expect(article.find((t) => t.key === 'og:type')?.attribute).toBe('property');
  });

  it('describes the share image for a large card, and leaves it out where there is none', () => {
    expect(contentOf(article, 'og:image')).toEqual(['https://fzbg.example.gov.cn/2024/share.png']);
    expect(contentOf(article, 'og:image:width')).toEqual(['1200']);
    expect(contentOf(article, 'og:image:height')).toEqual(['630']);
    expect(contentOf(article, 'og:image:alt')).toEqual(['2024年度报告，某管理委员会，2024年度']);
    expect(contentOf(article, 'twitter:card')).toEqual(['summary_large_image']);
    expect(contentOf(plain, 'og:image')).toEqual([]);
    expect(contentOf(plain, 'twitter:card')).toEqual([]);
  });

  it('carries the Open Graph basics', () => {
    expect(contentOf(article, 'og:title')).toEqual(['2024年度报告 - 站名']);
    expect(contentOf(article, 'og:url')).toEqual(['https://fzbg.example.gov.cn/2024/']);
    expect(contentOf(article, 'og:locale')).toEqual(['zh_CN']);
    expect(contentOf(article, 'og:site_name')).toEqual(['某开发区法治政府建设年度报告']);
  });

  it('leaves out an identifier that is not issued yet instead of emitting it blank', () => {
    const tags = pageMetaTags({ ...site, siteIdCode: ' ' }, { title: 't', description: 'd', url: 'https://x.cn/', locale: 'zh_CN' });
    expect(tags.map((t) => t.key)).not.toContain('SiteIDCode');
    expect(tags.every((t) => t.content.trim() !== '')).toBe(true);
  });
});

describe('reportArticle', () => {
  const report = { year: '2024', title: '2024年度报告', issuers: ['某管理委员会'], date: '2024-12-05', disclosure: {} };

  it('dates the page by the report and gives its issuer as the source', () => {
    expect(reportArticle(column, report)).toEqual({
      column,
      title: '2024年度报告',
      published: '2024-12-05',
      source: '某管理委员会',
      year: '2024',
      imageAlt: '2024年度报告，某管理委员会，2024年度',
    });
    expect(reportArticle(column, report, '一、主要工作成效 - 2024年度报告').title).toBe('一、主要工作成效 - 2024年度报告');
  });

  it('gives the issuers of a joint report as the source, in order', () => {
    const joint = { ...report, issuers: ['中共某工作委员会', '某管理委员会'] };
    expect(reportArticle(column, joint).source).toBe('中共某工作委员会、某管理委员会');
    expect(reportArticle(column, joint).imageAlt).toBe('2024年度报告，中共某工作委员会、某管理委员会，2024年度');
  });
});

describe('pubDate', () => {
  const signed = { date: '2024-12-05' };

  it('is the publication date with its time where the time is known', () => {
    expect(pubDate({ ...signed, disclosure: { published: { date: '2024-12-10', time: '09:30' } } })).toBe('2024-12-10 09:30');
    expect(pubDate({ ...signed, disclosure: { published: { date: '2024-12-10' } } })).toBe('2024-12-10');
  });

  it('is the date of signature until a publication date is given', () => {
    expect(pubDate({ ...signed, disclosure: {} })).toBe('2024-12-05');
  });
});
