/** What search engines, chat apps and government-site crawlers read from the head of every built page. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { listPages, pageFile, readPage, readableText, select, selectAll, selectOne } from '../support/dist.ts';
import { distDir } from '../support/project.ts';
import { site } from '../../src/site.config.ts';

/** What each edition says, written out by hand: the traditional edition in the Taiwan standard. */
const WORDS = {
  hans: {
    title: '新荣经济技术开发区2024年法治政府建设年度报告',
    issuer: '新荣经济技术开发区管理委员会',
    siteName: '新荣经济技术开发区法治政府建设年度报告',
    column: '法治政府建设年度报告',
    owner: '主办单位',
    locale: 'zh_CN',
    language: 'zh-CN',
  },
  hant: {
    title: '新榮經濟技術開發區2024年法治政府建設年度報告',
    issuer: '新榮經濟技術開發區管理委員會',
    siteName: '新榮經濟技術開發區法治政府建設年度報告',
    column: '法治政府建設年度報告',
    owner: '主辦單位',
    locale: 'zh_TW',
    language: 'zh-Hant',
  },
};
const wordsOf = (page: string) => (page.startsWith('hant/') ? WORDS.hant : WORDS.hans);
const TITLE = WORDS.hans.title;

const attr = (element: Element | undefined, name: string): string => String(element?.properties[name] ?? '');
const metaName = (tree: Root, name: string) => selectAll(`meta[name="${name}"]`, tree).map((m) => attr(m, 'content'));
const metaProperty = (tree: Root, property: string) => selectAll(`meta[property="${property}"]`, tree).map((m) => attr(m, 'content'));

/** The report page, its sections and its whole text: the pages that show the report's words. */
const showsReportText = (page: string) => /^(?:hant\/)?\d{4}\/(?:\d+\/|full\/)?$/.test(page);

describe('government-site meta tags (《政府网站发展指引》)', () => {
  it('every page names the site and its domain, and leaves out a SiteIDCode not yet issued', async () => {
    for (const page of await listPages()) {
      const tree = await readPage(page);
      expect(metaName(tree, 'SiteName'), page).toEqual([wordsOf(page).siteName]);
      expect(metaName(tree, 'SiteDomain'), page).toEqual([new URL(site.origin).host]);
      const code = metaName(tree, 'SiteIDCode');
      expect(code, page).toEqual(site.identifiers.siteIdCode === '' ? [] : [site.identifiers.siteIdCode]);
      for (const meta of selectAll('meta[name]', tree)) expect(attr(meta, 'content').trim(), `${page} ${attr(meta, 'name')}`).not.toBe('');
    }
  });

  it('every page of report text says what it is, when it was issued and by whom, as the page itself shows', async () => {
    const pages = (await listPages()).filter(showsReportText);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) {
      const tree = await readPage(page);
      const words = wordsOf(page);
      expect(metaName(tree, 'ColumnName'), page).toEqual([words.column]);
      expect(metaName(tree, 'ArticleTitle')[0], page).toContain(words.title);
      expect(metaName(tree, 'PubDate'), page).toEqual(['2024-12-05']);
      expect(metaName(tree, 'ContentSource'), page).toEqual([words.issuer]);
    }
    for (const page of (await listPages()).filter((p) => !showsReportText(p))) {
      expect(metaName(await readPage(page), 'ArticleTitle'), page).toEqual([]);
    }
  });

  it('the 2024 report states what is known of it, 发布机构 and 成文日期, and nothing invented', async () => {
    for (const page of ['2024/', '2024/full/']) {
      const meta = selectOne(await readPage(page), '.report-meta');
      const { issuer } = WORDS.hans;
      expect(readableText(meta).split('\n'), page).toEqual(['发布机构', issuer, '成文日期', '2024年12月5日']);
    }
    for (const page of ['hant/2024/', 'hant/2024/full/']) {
      const meta = selectOne(await readPage(page), '.report-meta');
      const { issuer } = WORDS.hant;
      expect(readableText(meta).split('\n'), page).toEqual(['發佈機構', issuer, '成文日期', '2024年12月5日']);
    }
  });
});

describe('sharing and search-engine metadata', () => {
  it('every page has Open Graph tags matching its title, description and canonical URL', async () => {
    for (const page of await listPages()) {
      const tree = await readPage(page);
      const canonical = attr(select('link[rel="canonical"]', tree), 'href');
      expect(metaProperty(tree, 'og:title'), page).toEqual([readableText(selectOne(tree, 'title'))]);
      expect(metaProperty(tree, 'og:description'), page).toEqual([attr(select('meta[name="description"]', tree), 'content')]);
      expect(metaProperty(tree, 'og:url'), page).toEqual([canonical]);
      expect(metaProperty(tree, 'og:url')[0], page).toMatch(/^https?:\/\//);
      expect(metaProperty(tree, 'og:site_name'), page).toEqual([wordsOf(page).siteName]);
      expect(metaProperty(tree, 'og:locale'), page).toEqual([wordsOf(page).locale]);
      expect(metaProperty(tree, 'og:type'), page).toEqual([showsReportText(page) ? 'article' : 'website']);
    }
  });

  it('every page links the Atom feed, which exists and lists the report', async () => {
    for (const page of await listPages()) {
      const links = selectAll('link[rel="alternate"][type="application/atom+xml"]', await readPage(page));
      expect(links.map((l) => attr(l, 'href')), page).toEqual([`${site.base}feed.xml`]);
    }
    expect(existsSync(`${distDir}/feed.xml`)).toBe(true);
    expect(await readFile(`${distDir}/feed.xml`, 'utf8')).toContain(`<title>${TITLE}</title>`);
  });

  it('the report page and the whole text carry the report as a schema.org Report by a GovernmentOrganization', async () => {
    const pages = await listPages();
    for (const page of pages) {
      const scripts = selectAll('script[type="application/ld+json"]', await readPage(page));
      if (!['2024/', '2024/full/', 'hant/2024/', 'hant/2024/full/'].includes(page)) {
        expect(scripts, page).toEqual([]);
        continue;
      }
      expect(scripts, page).toHaveLength(1);
      const data = JSON.parse(readableText(scripts[0]!)) as Record<string, unknown>;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('Report');
      const words = wordsOf(page);
      const prefix = page.startsWith('hant/') ? 'hant/' : '';
      expect(data['name']).toBe(words.title);
      expect(data['inLanguage']).toBe(words.language);
      expect(data['datePublished']).toBe('2024-12-05');
      expect(data['url']).toBe(new URL(`${prefix}2024/`, new URL(site.base, site.origin)).href);
      expect(data['publisher']).toEqual([{ '@type': 'GovernmentOrganization', name: words.issuer }]);
      expect((data['hasPart'] as { url: string }).url).toBe(new URL(`${prefix}2024/full/`, new URL(site.base, site.origin)).href);
      // The raw text parses too: nothing in it could close the script element early.
      expect(await readFile(pageFile(page), 'utf8')).toMatch(/<script type="application\/ld\+json">\{[^<]*\}<\/script>/);
    }
  });
});

describe('the footer', () => {
  it('shows 主办单位 on every page and no identifier left blank', async () => {
    for (const page of (await listPages()).filter((p) => !p.endsWith('/poster/'))) {
      const footer = selectOne(await readPage(page), 'footer');
      const text = readableText(footer);
      expect(text, page).toContain(`${wordsOf(page).owner}\n${wordsOf(page).issuer}`);
      for (const dd of selectAll('dd', footer)) expect(readableText(dd).trim(), page).not.toBe('');
    }
  });
});
