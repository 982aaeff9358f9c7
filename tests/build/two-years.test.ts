/**
 * A second year is a new folder of the same shape and nothing else. This builds the fixture site with the
 * fixture year 2025-joint-issuers added (tests/fixtures/years/), and checks what the new year brings: Markdown
 * emphasis next to Chinese punctuation (remark-cjk-friendly), the home page listing both reports newest first,
 * the 2024 pages untouched, and a report issued jointly by two offices showing both, in order, wherever the
 * issuer is shown.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage, readableText, selectAll, selectOne } from '../support/dist.ts';
import { buildSite, copyProject, distDir } from '../support/project.ts';
import { launchBrowser } from '../support/browser.ts';
import { searchFor } from '../support/search.ts';
import { serveSite } from '../support/server.ts';

const ISSUERS = ['中共新荣经济技术开发区工作委员会', '新荣经济技术开发区管理委员会'];
const ISSUERS_HANT = ['中共新榮經濟技術開發區工作委員會', '新榮經濟技術開發區管理委員會'];
const ONE_LINE = ISSUERS.join('、');

let dir: string;
let builtDist: string;

beforeAll(async () => {
  dir = await copyProject({ years: ['2025-joint-issuers'] });
  const { code, output } = await buildSite(dir);
  if (code !== 0) throw new Error(output);
  builtDist = path.join(dir, 'dist');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const attr = (element: { properties: Record<string, unknown> }, name: string) => String(element.properties[name] ?? '');

describe('a second year', () => {
  it('renders **“第一议题”**制度 as bold, with the quotation marks inside the emphasis', async () => {
    const html = await readFile(path.join(builtDist, '2025/1/index.html'), 'utf8');
    expect(html).toContain('<strong>“第一议题”</strong>制度');
    expect(html).toContain('<em>“十二次”</em>');
    expect(html).not.toContain('**');
  });

  it('is listed on the home page before 2024', async () => {
    const titles = selectAll('main h2', await readPage('', builtDist)).map(readableText);
    expect(titles).toEqual([
      '新荣经济技术开发区2025年法治政府建设年度报告',
      '新荣经济技术开发区2024年法治政府建设年度报告',
    ]);
  });

  it('gets its own report, section and whole-text pages', async () => {
    const report = await readPage('2025/', builtDist);
    expect(readableText(selectOne(report, 'h1'))).toBe('新荣经济技术开发区2025年法治政府建设年度报告');
    expect(readableText(selectOne(report, 'time'))).toBe('2025年12月10日');
    expect(readableText(selectOne(await readPage('2025/2/', builtDist), 'article h1'))).toBe('二、存在的不足和原因');
  });

  it('leaves every 2024 page as it was', async () => {
    for (const page of ['2024/', '2024/1/', '2024/2/', '2024/3/', '2024/full/']) {
      const before = readableText(selectOne(await readPage(page, distDir), 'article'));
      const after = readableText(selectOne(await readPage(page, builtDist), 'article'));
      expect(after, page).toBe(before);
    }
  });
});

describe('a report issued jointly by two offices', () => {
  it('signs with each issuer on its own line, in order, above the date', async () => {
    const signature = selectOne(await readPage('2025/full/', builtDist), '.signature');
    expect(selectAll('p', signature).map(readableText)).toEqual([...ISSUERS, '2025年12月10日']);
    const hant = selectOne(await readPage('hant/2025/full/', builtDist), '.signature');
    expect(selectAll('p', hant).map(readableText)).toEqual([...ISSUERS_HANT, '2025年12月10日']);
  });

  it('names both as 发布机构 under the title, and in ContentSource', async () => {
    for (const page of ['2025/', '2025/1/', '2025/full/']) {
      const tree = await readPage(page, builtDist);
      const source = selectAll('meta[name="ContentSource"]', tree).map((m) => attr(m, 'content'));
      expect(source, page).toEqual([ONE_LINE]);
      if (page !== '2025/1/') {
        expect(readableText(selectOne(tree, '.report-meta')).split('\n'), page).toEqual(
          expect.arrayContaining(['发布机构', ONE_LINE]),
        );
      }
    }
  });

  it('gives both as author and publisher in the structured data, in order', async () => {
    for (const page of ['2025/', 'hant/2025/']) {
      const script = selectOne(await readPage(page, builtDist), 'script[type="application/ld+json"]');
      const data = JSON.parse(readableText(script)) as Record<string, unknown>;
      const names = page.startsWith('hant/') ? ISSUERS_HANT : ISSUERS;
      const organizations = names.map((name) => ({ '@type': 'GovernmentOrganization', name }));
      expect(data['author'], page).toEqual(organizations);
      expect(data['publisher'], page).toEqual(organizations);
    }
  });

  it('lists both as authors of its feed entry, and 2024 keeps its one', async () => {
    const feed = await readFile(path.join(builtDist, 'feed.xml'), 'utf8');
    const authorsOf = (year: string) => {
      const entry = feed.split('<entry>').find((e) => e.includes(`/${year}/"`)) ?? '';
      return [...entry.matchAll(/<author><name>([^<]*)<\/name><\/author>/g)].map((m) => m[1]);
    };
    expect(authorsOf('2025')).toEqual(ISSUERS);
    expect(authorsOf('2024')).toEqual(['新荣经济技术开发区管理委员会']);
  });

  it('prints both on its posters, above the date', async () => {
    for (const page of ['2025/poster/', '2025/1/poster/']) {
      const lines = readableText(selectOne(await readPage(page, builtDist), '.issuer')).split('\n');
      expect(lines, page).toEqual([...ISSUERS, '2025年12月10日']);
    }
  });

  it('names both on the home page, and 2024 keeps its one', async () => {
    const meta = selectAll('main li .meta', await readPage('', builtDist)).map(readableText);
    expect(meta).toEqual([`${ONE_LINE}　2025年12月10日`, '新荣经济技术开发区管理委员会　2024年12月5日']);
  });
});

describe('search over two years', () => {
  it('finds both years and filters by year', async () => {
    const site = await serveSite(builtDist);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const both = await searchFor(page, site.url, '第一议题');
      expect(both.results.map((r) => r.href.replace(/\?[^#]*/, '')).sort()).toEqual(['/2024/1/#1-1', '/2025/1/#1-1']);
      expect(await page.locator('#search-year option').allInnerTexts()).toEqual(['全部年份', '2025年', '2024年']);
      const only2025 = await searchFor(page, site.url, '第一议题', '2025');
      expect(only2025.results.map((r) => r.href.replace(/\?[^#]*/, ''))).toEqual(['/2025/1/#1-1']);
      expect(await page.locator('#search-year').inputValue()).toBe('2025');
    } finally {
      await browser.close();
      await site.close();
    }
  });
});

describe('reports of other years', () => {
  it('are linked from each report page', async () => {
    const links2024 = selectAll('.other-years a', await readPage('2024/', builtDist)).map((a) => attr(a, 'href'));
    const links2025 = selectAll('.other-years a', await readPage('2025/', builtDist)).map((a) => attr(a, 'href'));
    expect(links2024).toEqual(['/2025/']);
    expect(links2025).toEqual(['/2024/']);
  });
});
