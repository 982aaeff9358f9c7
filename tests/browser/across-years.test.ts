/**
 * Reading across years, on a copy of the fixture site with two more fixture years (tests/fixtures/years/
 * 2025-across-years, 2026-across-years): 数说 figures and where their links land, the home page, the year switch.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage, readableText, selectAll, selectOne } from '../support/dist.ts';
import { buildSite, copyProject } from '../support/project.ts';
import { launchBrowser, SMALL_PHONE, type Browser } from '../support/browser.ts';
import { serveSite, type StaticSite } from '../support/server.ts';
import { runAxe } from '../support/axe.ts';

const YEARS = ['2025-across-years', '2026-across-years'];

let dir: string;
let dist: string;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  dir = await copyProject({ years: YEARS });
  const { code, output } = await buildSite(dir);
  if (code !== 0) throw new Error(output);
  dist = path.join(dir, 'dist');
  // Under the site's own Content-Security-Policy, as published: the figure highlight and the pages need no script.
  site = await serveSite(dist, '/', { headersFile: true });
  browser = await launchBrowser(SMALL_PHONE);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

const hrefs = (tree: Awaited<ReturnType<typeof readPage>>, selector: string) =>
  selectAll(selector, tree).map((a) => String(a.properties['href']));

/** The figures of a card as label and value, with the link of each. */
async function card(page: string): Promise<Array<[string, string, string]>> {
  return selectAll('.report-figures .figure-list a', await readPage(page, dist)).map((a) => [
    readableText(selectOne(a, '.figure-label')),
    readableText(selectOne(a, '.figure-value')),
    String(a.properties['href']),
  ]);
}

describe('数说 figures', () => {
  it('shows each count with its measure word and label, linked to the figure in its section', async () => {
    expect(await card('2025/')).toEqual([
      ['理论中心组学习', '15次', '/2025/1/#1-1-f1'],
      ['专题讲座', '6场', '/2025/1/#1-1-f2'],
      ['办理行政复议案件', '9件', '/2025/1/#1-2-f1'],
      ['主要负责人带头讲法治课', '2次', '/2025/3/#3-1-f1'],
    ]);
  });

  it('shows at least six figures for the 2024 report, whose text the fixture site carries word for word', async () => {
    const figures = await card('2024/');
    expect(figures.length).toBeGreaterThanOrEqual(6);
    for (const [, , href] of figures) expect(href).toMatch(/^\/2024\/\d+\/#\d+-\d+-f\d+$/);
  });

  it('leaves out dates, numbers in 《》 titles, ordinals, approximations and ranges', async () => {
    const section = await readPage('2025/1/', dist);
    const text = readableText(selectOne(section, '.report-text'));
    for (const skipped of ['2025年3月15日', '《关于加强法治建设的12条措施》', '第2批', '约200人次', '3至5次']) expect(text).toContain(skipped);
    expect(selectAll('.report-text .figure', section).map(readableText)).toEqual(['15次', '6场', '9件']);
  });

  it('is in the traditional edition too, linking within it', async () => {
    const figures = await card('hant/2025/');
    expect(figures).toEqual([
      ['理論中心組學習', '15次', '/hant/2025/1/#1-1-f1'],
      ['專題講座', '6場', '/hant/2025/1/#1-1-f2'],
      ['辦理行政複議案件', '9件', '/hant/2025/1/#1-2-f1'],
      ['主要負責人帶頭講法治課', '2次', '/hant/2025/3/#3-1-f1'],
    ]);
  });

  it('lands each link on its sentence, the figure highlighted and in view, with JavaScript off', async () => {
    const noScript = await launchBrowser({ ...SMALL_PHONE, javaScriptEnabled: false });
    const page = await noScript.context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    try {
      for (const [label, value, href] of await card('2025/')) {
        await page.goto(`${site.url}2025/`);
        await page.click(`.report-figures a[href="${href}"]`);
        await page.waitForURL(`**${href}`);
        const target = await page.evaluate(() => {
          const figure = document.querySelector(':target');
          if (!figure) return undefined;
          const box = figure.getBoundingClientRect();
          const paragraph = figure.closest('p');
          return {
            text: figure.textContent,
            sentence: paragraph?.textContent ?? '',
            inView: box.top >= 0 && box.bottom <= window.innerHeight,
            marked: getComputedStyle(figure).backgroundColor,
            around: getComputedStyle(paragraph!).backgroundColor,
          };
        });
        expect(target, href).toBeDefined();
        expect(target!.text).toBe(value);
        expect(target!.sentence).toContain(label);
        expect(target!.inView, href).toBe(true);
        expect(target!.marked).not.toBe(target!.around);
      }
      expect(refused).toEqual([]);
    } finally {
      await noScript.close();
    }
  });

  it('prints as a short table of label and count, without the links', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}2025/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.report-figures .figure-list').isVisible()).toBe(false);
    const rows = await page.locator('.report-figures table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(rows).toEqual([
      ['理论中心组学习', '15次'],
      ['专题讲座', '6场'],
      ['办理行政复议案件', '9件'],
      ['主要负责人带头讲法治课', '2次'],
    ]);
    expect(await page.locator('.report-figures table').isVisible()).toBe(true);
    await page.close();
  });
});

describe('the home page', () => {
  it('lists every year newest first, each with a few of its figures', async () => {
    const home = await readPage('', dist);
    const items = selectAll('main .reports > li', home);
    expect(items.map((li) => readableText(selectOne(li, 'h2')))).toEqual([
      '新荣经济技术开发区2026年法治政府建设年度报告',
      '新荣经济技术开发区2025年法治政府建设年度报告',
      '新荣经济技术开发区2024年法治政府建设年度报告',
    ]);
    const figuresOf = (li: (typeof items)[number]) => selectAll('.figure-list a', li).map((a) => readableText(a));
    expect(figuresOf(items[0]!)).toEqual(['理论中心组学习14次']);
    expect(figuresOf(items[1]!)).toEqual(['理论中心组学习15次', '专题讲座6场', '办理行政复议案件9件']);
    expect(figuresOf(items[2]!).length).toBeLessThanOrEqual(3);
  });
});

describe('the year switch', () => {
  const switchOf = async (page: string) => hrefs(await readPage(page, dist), '.year-switch a');

  it('leads from a report page to each year’s report page, newest first, the current year marked', async () => {
    const page = await readPage('2025/', dist);
    expect(hrefs(page, '.year-switch a')).toEqual(['/2026/', '/2025/', '/2024/']);
    expect(selectAll('.year-switch a[aria-current="page"]', page).map(readableText)).toEqual(['2025']);
  });

  it('leads from a section to the same part in another year, else to that year’s report page', async () => {
    expect(await switchOf('2025/1/')).toEqual(['/2026/1/', '/2025/1/', '/2024/1/']);
    expect(await switchOf('2025/2/')).toEqual(['/2026/', '/2025/2/', '/2024/2/']);
    expect(await switchOf('2025/4/')).toEqual(['/2026/2/', '/2025/4/', '/2024/3/']);
    expect(await switchOf('2026/2/')).toEqual(['/2026/2/', '/2025/4/', '/2024/3/']);
  });

  it('stays in the traditional edition', async () => {
    expect(await switchOf('hant/2025/4/')).toEqual(['/hant/2026/2/', '/hant/2025/4/', '/hant/2024/3/']);
  });

  it('works with no script', async () => {
    const page = await readPage('2025/1/', dist);
    expect(selectAll('.year-switch script', page)).toEqual([]);
    expect(selectAll('.year-switch [onclick]', page)).toEqual([]);
  });
});

describe('上年工作安排', () => {
  const plansOf = async (page: string) =>
    selectAll('.previous-plans li', await readPage(page, dist)).map((li) => {
      const [plan, ...answers] = selectAll('a', li);
      return [readableText(plan!), String(plan!.properties['href']), ...answers.map((a) => `${readableText(a)} ${String(a.properties['href'])}`)];
    });

  it('shows the previous year’s plans on the next year’s report page, each linked to where it was written', async () => {
    expect(await plansOf('2026/')).toEqual([
      ['（一）在法治队伍建设上再下功夫', '/2025/4/#4-1'],
      ['（二）在普法方式创新上再下功夫', '/2025/4/#4-2'],
    ]);
  });

  it('shows beside a plan what staff said answers it, and nothing where they said nothing', async () => {
    expect(await plansOf('2025/')).toEqual([
      ['（一）在强化法治意识上再下功夫', '/2024/3/#3-1'],
      [
        '（二）在提升法治能力上再下功夫',
        '/2024/3/#3-2',
        '一（二）在规范执法中扛起法治担当 /2025/1/#1-2',
        '三、党政主要负责人履行推进法治建设第一责任人职责情况 /2025/3/',
      ],
      ['（三）在加大普法力度上再下功夫', '/2024/3/#3-3'],
    ]);
  });

  it('is not shown for the first year', async () => {
    expect(selectAll('.previous-plans', await readPage('2024/', dist))).toEqual([]);
  });
});

describe('历年对照', () => {
  it('is linked from both report pages it compares', async () => {
    expect(hrefs(await readPage('2024/', dist), '.comparisons a')).toEqual(['/2025/compare/']);
    expect(hrefs(await readPage('2025/', dist), '.comparisons a')).toEqual(['/2026/compare/', '/2025/compare/']);
    expect(hrefs(await readPage('hant/2025/', dist), '.comparisons a')).toEqual(['/hant/2026/compare/', '/hant/2025/compare/']);
  });

  it('sets the two years side by side by statutory part, oldest first', async () => {
    const page = await readPage('2025/compare/', dist);
    expect(readableText(selectOne(page, 'h1'))).toBe('2024年与2025年报告对照');
    const parts = selectAll('.part', page).map((part) => [
      readableText(selectOne(part, 'h2')),
      ...selectAll('.year', part).map((year) => [
        readableText(selectOne(year, 'h3')),
        ...selectAll('a', year).map((a) => String(a.properties['href'])),
      ]),
    ]);
    expect(parts).toEqual([
      ['主要举措和成效', ['2024年', '/2024/1/#1-1', '/2024/1/#1-2', '/2024/1/#1-3'], ['2025年', '/2025/1/#1-1', '/2025/1/#1-2']],
      ['存在的不足和原因', ['2024年', '/2024/2/#2-1', '/2024/2/#2-2', '/2024/2/#2-3'], ['2025年', '/2025/2/#2-1']],
      ['党政主要负责人履行推进法治建设第一责任人职责情况', ['2024年'], ['2025年', '/2025/3/#3-1']],
      ['下一年度工作安排', ['2024年', '/2024/3/#3-1', '/2024/3/#3-2', '/2024/3/#3-3'], ['2025年', '/2025/4/#4-1', '/2025/4/#4-2']],
    ]);
  });

  it('has a twin in the traditional edition', async () => {
    const page = await readPage('hant/2025/compare/', dist);
    expect(readableText(selectOne(page, 'h1'))).toBe('2024年與2025年報告對照');
    expect(selectOne(page, 'html').properties['lang']).toBe('zh-Hant');
  });

  /** The boxes of the two year blocks of each part, and the year each block is labelled with. */
  const yearBlocks = (page: import('playwright-core').Page) =>
    page.locator('.part').evaluateAll((parts) =>
      parts.map((part) =>
        [...part.querySelectorAll('.year')].map((block) => {
          const box = block.getBoundingClientRect();
          return { label: block.querySelector('h3')?.textContent, top: box.top, bottom: box.bottom, left: box.left, right: box.right };
        }),
      ),
    );

  it('stacks the years on a phone, each block labelled with its year', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}2025/compare/`);
    for (const [older, newer] of await yearBlocks(page)) {
      expect([older!.label, newer!.label]).toEqual(['2024年', '2025年']);
      expect(newer!.top).toBeGreaterThanOrEqual(older!.bottom);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('prints the years side by side, with no navigation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}2025/compare/`);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    for (const [older, newer] of await yearBlocks(page)) {
      expect(newer!.top).toBe(older!.top);
      expect(newer!.left).toBeGreaterThanOrEqual(older!.right);
    }
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    await page.close();
  });
});

describe('the pages of reading across years', () => {
  it('pass axe-core in both colour schemes', async () => {
    const page = await browser.context.newPage();
    const found: Record<string, unknown[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of ['', '2025/', '2025/1/', '2025/compare/', 'hant/2025/compare/', '2025/1/#1-1-f2']) {
        await page.goto(`${site.url}${path}`);
        const { violations } = await runAxe(page);
        if (violations.length > 0) found[`${colorScheme} /${path}`] = violations;
      }
    }
    expect(found).toEqual({});
    await page.close();
  });
});
