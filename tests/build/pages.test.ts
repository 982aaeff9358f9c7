import { readFile } from 'node:fs/promises';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { listPages, pageFile, readPage, readableText, select, selectAll, selectOne } from '../support/dist.ts';

const TITLE = '新荣经济技术开发区2024年法治政府建设年度报告';
const ISSUER = '新荣经济技术开发区管理委员会';
const SECTIONS = ['一、主要工作成效', '二、存在不足和原因', '三、下一步工作安排'];

const attr = (element: Element | undefined, name: string): string => String(element?.properties[name] ?? '');
const hrefs = (tree: Root | Element, selector: string): string[] => selectAll(selector, tree).map((a) => attr(a, 'href'));

describe('the site', () => {
  it('has exactly these pages, at short ASCII URLs', async () => {
    const edition = [
      '',
      '2024/',
      '2024/1/',
      '2024/1/poster/',
      '2024/2/',
      '2024/2/poster/',
      '2024/3/',
      '2024/3/poster/',
      '2024/full/',
      '2024/poster/',
      'search/',
      '404.html',
    ];
    expect(await listPages()).toEqual([...edition, ...edition.map((path) => `hant/${path}`)].sort());
  });

  it('declares its language (zh-CN, or zh-Hant under hant/), a viewport, a distinct title and a description on every page', async () => {
    const titles = new Set<string>();
    for (const page of await listPages()) {
      const tree = await readPage(page);
      expect(attr(selectOne(tree, 'html'), 'lang'), page).toBe(page.startsWith('hant/') ? 'zh-Hant' : 'zh-CN');
      expect(attr(select('meta[name="viewport"]', tree), 'content'), page).toBe('width=device-width, initial-scale=1');
      expect(attr(select('meta[name="description"]', tree), 'content').length, page).toBeGreaterThan(10);
      const title = readableText(selectOne(tree, 'title'));
      expect(title, page).toMatch(/法治政府(建设|建設)年度(报告|報告)/);
      titles.add(title);
    }
    expect(titles.size).toBe((await listPages()).length);
  });

  // Links, scripts and images are checked in links.test.ts; styles can still pull in fonts or images by url().
  it('uses system fonts only and no styles from elsewhere', async () => {
    for (const page of await listPages()) {
      const html = await readFile(pageFile(page), 'utf8');
      expect(html, page).not.toMatch(/@font-face|@import|url\(\s*['"]?(?:https?:)?\/\//);
    }
  });
});

describe('home page', () => {
  it('lists the 2024 report with its title, issuer and date, linking to it', async () => {
    const tree = await readPage('');
    const item = selectOne(tree, 'main li');
    expect(readableText(selectOne(item, 'h2'))).toBe(TITLE);
    expect(hrefs(item, 'h2 a')).toEqual(['/2024/']);
    expect(readableText(item)).toContain(ISSUER);
    expect(attr(selectOne(item, 'time'), 'dateTime')).toBe('2024-12-05');
    expect(readableText(selectOne(item, 'time'))).toBe('2024年12月5日');
  });
});

describe('report page', () => {
  it('shows title, issuer, date and the opening paragraph', async () => {
    const tree = await readPage('2024/');
    expect(readableText(selectOne(tree, 'h1'))).toBe(TITLE);
    const meta = readableText(selectOne(tree, '.report-meta'));
    expect(meta).toContain(ISSUER);
    expect(meta).toContain('2024年12月5日');
    expect(readableText(selectOne(tree, 'article .report-text'))).toMatch(/^2024年，新荣经开区坚持.*报告如下：$/);
  });

  it('has numbered contents linking every section and subsection', async () => {
    const contents = selectOne(await readPage('2024/'), 'nav.contents');
    const top = selectAll(':scope > ol > li > a', contents);
    expect(top.map(readableText)).toEqual(SECTIONS);
    expect(top.map((a) => attr(a, 'href'))).toEqual(['/2024/1/', '/2024/2/', '/2024/3/']);
    const sub = selectAll('ol ol a', contents);
    expect(sub).toHaveLength(9);
    expect(readableText(sub[0]!)).toBe('（一）在学法知法中提升法治思维');
    expect(attr(sub[4], 'href')).toBe('/2024/2/#2-2');
    expect(attr(sub[8], 'href')).toBe('/2024/3/#3-3');
  });
});

describe('section pages', () => {
  it('show the section with its numbered subsections under stable anchors', async () => {
    for (const [index, heading] of SECTIONS.entries()) {
      const n = index + 1;
      const tree = await readPage(`2024/${n}/`);
      expect(readableText(selectOne(tree, 'article h1'))).toBe(heading);
      const subsections = selectAll('article h2', tree);
      expect(subsections.map((h) => attr(h, 'id'))).toEqual([`${n}-1`, `${n}-2`, `${n}-3`]);
      expect(subsections.map((h) => readableText(h).slice(0, 3))).toEqual(['（一）', '（二）', '（三）']);
      expect(hrefs(tree, 'article .heading-link')).toEqual([`#${n}-1`, `#${n}-2`, `#${n}-3`]);
    }
  });

  it('link to the previous and next sections', async () => {
    expect(hrefs(await readPage('2024/1/'), '.pager a')).toEqual(['/2024/2/']);
    expect(hrefs(await readPage('2024/2/'), '.pager a')).toEqual(['/2024/1/', '/2024/3/']);
    expect(hrefs(await readPage('2024/3/'), '.pager a')).toEqual(['/2024/2/']);
    expect(hrefs(await readPage('2024/2/'), 'a[rel="prev"]')).toEqual(['/2024/1/']);
    expect(hrefs(await readPage('2024/2/'), 'a[rel="next"]')).toEqual(['/2024/3/']);
  });

  it('have a breadcrumb back to the report and a link to the whole text', async () => {
    const tree = await readPage('2024/2/');
    expect(hrefs(tree, '.breadcrumbs a')).toEqual(['/', '/2024/']);
    expect(readableText(selectOne(tree, '.breadcrumbs [aria-current="page"]'))).toBe('二、存在不足和原因');
    expect(hrefs(tree, 'a')).toContain('/2024/full/#2');
  });
});

describe('whole-report page', () => {
  it('has every section and subsection in order, as headings one level apart', async () => {
    const tree = await readPage('2024/full/');
    expect(readableText(selectOne(tree, 'h1'))).toBe(TITLE);
    const headings = selectAll('article .report-text :is(h2, h3)', tree);
    expect(headings.map((h) => `${h.tagName}#${attr(h, 'id')}`)).toEqual([
      'h2#1', 'h3#1-1', 'h3#1-2', 'h3#1-3',
      'h2#2', 'h3#2-1', 'h3#2-2', 'h3#2-3',
      'h2#3', 'h3#3-1', 'h3#3-2', 'h3#3-3',
    ]);
    expect(selectAll('article .report-text h2', tree).map(readableText)).toEqual(SECTIONS);
  });

  it('ends with the issuer and the date, as in the original', async () => {
    const tree = await readPage('2024/full/');
    const article = selectOne(tree, 'article');
    const last = article.children.filter((c): c is Element => c.type === 'element').at(-1);
    expect(last && readableText(last)).toBe(`${ISSUER}\n2024年12月5日`);
  });

  it('links its contents to the headings on the same page', async () => {
    const links = hrefs(await readPage('2024/full/'), 'nav.contents a');
    expect(links).toHaveLength(12);
    expect(links.every((href) => /^#\d+(-\d+)?$/.test(href))).toBe(true);
  });
});

describe('404 page', () => {
  it('says so in Chinese and offers a way back', async () => {
    const tree = await readPage('404.html');
    expect(readableText(selectOne(tree, 'h1'))).toBe('页面未找到');
    expect(hrefs(tree, 'main a')).toContain('/');
  });
});
