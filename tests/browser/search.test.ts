/** What the search finds: the quality suite, the results as shown, following a result, the index. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { distDir } from '../support/project.ts';
import { searchFor, subsectionOf } from '../support/search.ts';
import { ABSENT_TOPICS, NO_RESULT_QUERIES, SEARCH_SUITE } from './search-queries.ts';

const opened = siteInBrowser();


const withoutHighlight = (href: string) => href.replace(/\?[^#]*/, '');

describe('the search quality suite', () => {
  it(`puts the right subsection first for every one of ${SEARCH_SUITE.length} realistic queries`, async () => {
    expect(SEARCH_SUITE.length + ABSENT_TOPICS.length).toBeGreaterThanOrEqual(120);
    const page = await opened.browser.context.newPage();
    const failures: string[] = [];
    for (const { query, expect: wanted } of SEARCH_SUITE) {
      const { results } = await searchFor(page, opened.site.url, query);
      const first = results[0] ? subsectionOf(results[0].href) : 'nothing';
      if (first !== wanted) failures.push(`${query} → ${first} (wanted ${wanted})`);
    }
    await page.close();
    const rate = (SEARCH_SUITE.length - failures.length) / SEARCH_SUITE.length;
    console.log(`search suite: ${SEARCH_SUITE.length - failures.length}/${SEARCH_SUITE.length} first-place hits (${(rate * 100).toFixed(1)}%)`);
    if (failures.length > 0) console.log(`misses:\n  ${failures.join('\n  ')}`);
    expect(failures).toEqual([]);
  });

  it(`finds nothing for ${ABSENT_TOPICS.length} topics the report does not cover, though they share a word with it`, async () => {
    expect(ABSENT_TOPICS.length).toBeGreaterThanOrEqual(12);
    const page = await opened.browser.context.newPage();
    const found: string[] = [];
    for (const query of ABSENT_TOPICS) {
      const { results } = await searchFor(page, opened.site.url, query);
      if (results.length > 0) found.push(`${query} → ${results.map((r) => subsectionOf(r.href)).join(', ')}`);
    }
    await page.close();
    expect(found).toEqual([]);
  });

  it('finds nothing for queries none of whose words occur in the report', async () => {
    const page = await opened.browser.context.newPage();
    for (const query of NO_RESULT_QUERIES) {
      const { status, results } = await searchFor(page, opened.site.url, query);
      expect(results, query).toEqual([]);
      expect(status, query).toContain('没有找到');
    }
    expect(await page.locator('.search-empty').isVisible()).toBe(true);
    await page.close();
  });
});

describe('search results', () => {
  it('are an <ol> labelled 搜索结果, each linking to the subsection anchor with title, year and marked excerpt', async () => {
    const page = await opened.browser.context.newPage();
    const { status, results } = await searchFor(page, opened.site.url, '法律顾问');
    expect(status).toMatch(/找到 1 条/);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(withoutHighlight(result!.href)).toBe('/2024/1/#1-3');
    expect(result!.title).toBe('（三）在尊法普法中营造法治环境');
    expect(result!.meta).toContain('2024年');
    expect(result!.excerptHtml).toContain('<mark>法律顾问</mark>');
    await page.close();
  });

  it('show partial matches, labelled and with the words they hold marked, only when no subsection holds every word', async () => {
    const page = await opened.browser.context.newPage();
    const full = await searchFor(page, opened.site.url, '自媒体普法');
    expect(full.results.map((r) => withoutHighlight(r.href))).toEqual(['/2024/3/#3-3']);
    expect(full.results[0]!.meta).not.toContain('部分匹配');
    expect(full.results[0]!.excerptHtml).toContain('<mark>自媒体</mark>');

    const partial = await searchFor(page, opened.site.url, '干部法律素养差');
    expect(partial.status).toContain('部分匹配');
    expect(withoutHighlight(partial.results[0]!.href)).toBe('/2024/2/#2-2');
    for (const r of partial.results) expect(r.meta).toContain('部分匹配');
    expect(partial.results[0]!.excerptHtml).toContain('<mark>素养</mark>');
    expect(partial.results[0]!.excerptHtml).not.toContain('<mark>干部</mark>');
    await page.close();
  });

  it('are the same for traditional and simplified queries', async () => {
    const page = await opened.browser.context.newPage();
    for (const [traditional, simplified] of [['黨紀', '党纪'], ['法律顧問', '法律顾问'], ['國家安全法', '国家安全法']]) {
      const a = (await searchFor(page, opened.site.url, traditional!)).results.map((r) => withoutHighlight(r.href));
      const b = (await searchFor(page, opened.site.url, simplified!)).results.map((r) => withoutHighlight(r.href));
      expect(a.length, traditional).toBeGreaterThan(0);
      expect(a, traditional).toEqual(b);
    }
    await page.close();
  });

  it('treat full-width and half-width input alike', async () => {
    const page = await opened.browser.context.newPage();
    const full = await searchFor(page, opened.site.url, '１２次');
    const half = await searchFor(page, opened.site.url, '12次');
    expect(full.results.map((r) => r.href)).toEqual(half.results.map((r) => r.href));
    expect(half.results.length).toBeGreaterThan(0);
    await page.close();
  });

  it('match quoted phrases exactly and combine words separated by spaces', async () => {
    const page = await opened.browser.context.newPage();
    const quoted = await searchFor(page, opened.site.url, '"人民协调委员会"');
    expect(quoted.results.map((r) => withoutHighlight(r.href))).toEqual(['/2024/1/#1-3']);
    const combined = await searchFor(page, opened.site.url, '法律顾问 合同');
    expect(combined.results.map((r) => withoutHighlight(r.href))).toEqual(['/2024/1/#1-3']);
    const none = await searchFor(page, opened.site.url, '法律顾问 微信公众号');
    expect(none.results.filter((r) => !r.meta.includes('部分匹配'))).toEqual([]);
    expect((await searchFor(page, opened.site.url, '"人人讲安全 全民普法"')).results).toEqual([]);
    await page.close();
  });

  it('in the traditional edition, understand questions typed in either script', async () => {
    const page = await opened.browser.context.newPage();
    for (const query of ['有沒有法律顧問', '有没有法律顾问']) {
      const { results } = await searchFor(page, `${opened.site.url}hant/`, query);
      expect(results.map((r) => withoutHighlight(r.href)), query).toEqual(['/hant/2024/1/#1-3']);
    }
    await page.close();
  });

  it('index only the report text: no navigation, contents, footer or page furniture', async () => {
    const page = await opened.browser.context.newPage();
    for (const query of ['首页', '目录', '上一章', '阅读全文', '本节链接', '搜索报告']) {
      expect((await searchFor(page, opened.site.url, query)).results, query).toEqual([]);
    }
    await page.close();
  });
});

describe('following a result', () => {
  it('lands on the subsection heading and marks the words searched for', async () => {
    const page = await opened.browser.context.newPage();
    await searchFor(page, opened.site.url, '法律顾问');
    await page.locator('ol[aria-label="搜索结果"] a').first().click();
    await page.waitForURL(/\/2024\/1\/\?highlight=.*#1-3$/);
    await page.waitForSelector('mark.search-highlight');
    const marks = await page.locator('mark.search-highlight').allInnerTexts();
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(marks)).toEqual(new Set(['法律顾问']));
    const headingTop = await page.locator('h2[id="1-3"]').evaluate((h) => h.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(0);
    expect(headingTop).toBeLessThan(200);
    await page.close();
  });
});

describe('the index', () => {
  it('is built in zh-cn, segmented, by npm run build', async () => {
    const files = await readdir(path.join(distDir, 'pagefind'));
    expect(files.some((f) => /^pagefind\.zh-cn_[0-9a-f]+\.pf_meta$/.test(f))).toBe(true);
    expect(files.some((f) => f.includes('unknown') && f.endsWith('.pf_meta'))).toBe(false);
    const entry = JSON.parse(await readFile(path.join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
  });

  it('the search page declares zh-CN too, so Pagefind picks that index', async () => {
    const html = await readFile(path.join(distDir, 'search', 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="zh-CN"/);
  });
});
