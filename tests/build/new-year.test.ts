/**
 * A new year is a new folder of the same shape and nothing else. This builds a copy of the project with a
 * second report added, and checks what the new year brings: Markdown emphasis next to Chinese punctuation
 * (remark-cjk-friendly), the home page listing both reports newest first, and the 2024 pages untouched.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage, readableText, selectAll, selectOne } from '../support/dist.ts';
import { buildSite, copyProject, distDir } from '../support/project.ts';
import { launchBrowser } from '../support/browser.ts';
import { searchFor } from '../support/search.ts';
import { serveSite } from '../support/server.ts';

let dir: string;
let builtDist: string;

beforeAll(async () => {
  dir = await copyProject();
  const year = path.join(dir, 'content/2025');
  await mkdir(year);
  await writeFile(
    path.join(year, 'report.mdx'),
    '---\ntitle: 新荣经济技术开发区2025年法治政府建设年度报告\nissuer: 新荣经济技术开发区管理委员会\ndate: 2025年12月10日\n---\n\n2025年，开发区继续推进法治政府建设。\n',
  );
  await writeFile(
    path.join(year, '1.mdx'),
    '---\nnumber: 1\ntitle: 主要工作成效\n---\n\n## 在学法知法中提升法治思维\n\n严格落实**“第一议题”**制度，全年开展学习*“十二次”*。\n',
  );
  const { code, output } = await buildSite(dir);
  if (code !== 0) throw new Error(output);
  builtDist = path.join(dir, 'dist');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

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
    const full = await readPage('2025/full/', builtDist);
    expect(readableText(selectOne(full, '.signature'))).toBe('新荣经济技术开发区管理委员会\n2025年12月10日');
  });

  it('leaves every 2024 page as it was', async () => {
    for (const page of ['2024/', '2024/1/', '2024/2/', '2024/3/', '2024/full/']) {
      const before = readableText(selectOne(await readPage(page, distDir), 'article'));
      const after = readableText(selectOne(await readPage(page, builtDist), 'article'));
      expect(after, page).toBe(before);
    }
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
    const links2024 = selectAll('.other-years a', await readPage('2024/', builtDist)).map((a) => String(a.properties['href']));
    const links2025 = selectAll('.other-years a', await readPage('2025/', builtDist)).map((a) => String(a.properties['href']));
    expect(links2024).toEqual(['/2025/']);
    expect(links2025).toEqual(['/2024/']);
  });
});
