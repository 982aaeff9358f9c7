/**
 * The site built for a sub-path (BASE=/fzbg/) and published at an origin of its own, with every identifier
 * of the zone filled in: links, assets, the feed, QR codes and search all work under /fzbg/, and the footer
 * and head show every identifier.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SMALL_PHONE, type Browser } from '../support/browser.ts';
import { listPages } from '../support/dist.ts';
import { findBrokenLinks } from '../support/links.ts';
import { buildSite, copyProject } from '../support/project.ts';
import { scanElement } from '../support/qr.ts';
import { searchFor } from '../support/search.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

const ORIGIN = 'https://fzbg.example.gov.cn';
const BASE = '/fzbg/';
const FILLED = {
  siteIdCode: '1402000001',
  icpRecord: '晋ICP备12345678号',
  publicSecurityRecord: '晋公网安备14020002000001号',
  address: '山西省大同市新荣区示例路1号',
  phone: '0352-1234567',
  email: 'fzbg@example.gov.cn',
};

let project: string;
let dist: string;
let browser: Browser;

beforeAll(async () => {
  project = await copyProject();
  const settingsFile = path.join(project, 'content/site.yaml');
  let settings = await readFile(settingsFile, 'utf8');
  for (const [key, value] of Object.entries(FILLED)) {
    const empty = `${key}: ""`;
    if (!settings.includes(empty)) throw new Error(`content/site.yaml no longer has ${empty}`);
    settings = settings.replace(empty, `${key}: ${value}`);
  }
  await writeFile(settingsFile, settings);
  const { code, output } = await buildSite(project, { env: { BASE, SITE_URL: ORIGIN } });
  if (code !== 0) throw new Error(`astro build with BASE=${BASE} failed:\n${output}`);
  expect(output).not.toContain('网站标识尚未填写');
  dist = path.join(project, 'dist');
  browser = await launchBrowser(SMALL_PHONE);
});

afterAll(async () => {
  await browser?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

describe(`built for ${BASE}`, () => {
  it('has no broken link, anchor or asset when served under the sub-path', async () => {
    expect((await listPages(dist)).length).toBeGreaterThanOrEqual(12);
    expect(await findBrokenLinks(dist, BASE, ORIGIN)).toEqual([]);
  });

  it('points the feed, the sitemap and the security headers at the sub-path', async () => {
    expect(await readFile(path.join(dist, 'feed.xml'), 'utf8')).toContain(`<link rel="alternate" type="text/html" href="${ORIGIN}${BASE}2024/"/>`);
    expect(await readFile(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
    expect(await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${ORIGIN}${BASE}2024/1/</loc>`);
    expect((await readFile(path.join(dist, '_headers'), 'utf8')).split('\n')[0]).toBe(`${BASE}*`);
  });

  it('finds a subsection and follows the result to it, under the strict policy', async () => {
    const site: StaticSite = await serveSite(dist, BASE, { headersFile: true });
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      const { results } = await searchFor(page, site.url, '法律顾问');
      expect(results.map((r) => r.href.replace(/\?[^#]*/, ''))).toEqual([`${BASE}2024/1/#1-3`]);
      await page.locator('ol[aria-label="搜索结果"] a').first().click();
      await page.waitForURL(new RegExp(`${BASE}2024/1/\\?highlight=.*#1-3$`));
      await page.waitForSelector('mark.search-highlight');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await site.close();
    }
  });

  it('draws QR codes that scan as the page’s URL under the sub-path', async () => {
    const site = await serveSite(dist, BASE);
    const page = await browser.context.newPage();
    try {
      for (const target of ['2024/1/', '2024/']) {
        await page.goto(new URL(target, site.url).href);
        const qr = page.locator('.page-qr svg');
        await qr.scrollIntoViewIfNeeded();
        expect(await scanElement(page, qr), target).toBe(`${ORIGIN}${BASE}${target}`);
      }
      await page.goto(new URL('2024/poster/', site.url).href);
      expect(await scanElement(page, page.locator('svg[role=img]'))).toBe(`${ORIGIN}${BASE}2024/`);
    } finally {
      await page.close();
      await site.close();
    }
  });
});

describe('with every identifier filled in', () => {
  it('the footer shows each, the record numbers linking to their lookups', async () => {
    const site = await serveSite(dist, BASE);
    const page = await browser.context.newPage();
    try {
      await page.goto(new URL('2024/1/', site.url).href);
      const footer = page.locator('footer');
      for (const [label, value] of [
        ['主办单位', '新荣经济技术开发区管理委员会'],
        ['网站标识码', FILLED.siteIdCode],
        ['ICP备案号', FILLED.icpRecord],
        ['公安机关备案号', FILLED.publicSecurityRecord],
        ['联系地址', FILLED.address],
        ['联系电话', FILLED.phone],
        ['电子邮箱', FILLED.email],
      ]) {
        expect(await footer.locator('dt', { hasText: label! }).locator('+ dd').innerText(), label).toBe(value);
      }
      expect(await footer.getByRole('link', { name: FILLED.icpRecord }).getAttribute('href')).toBe('https://beian.miit.gov.cn/');
      expect(await footer.getByRole('link', { name: FILLED.publicSecurityRecord }).getAttribute('href')).toContain('14020002000001');
      expect(await footer.getByRole('link', { name: FILLED.phone }).getAttribute('href')).toBe('tel:03521234567');
      expect(await footer.getByRole('link', { name: FILLED.email }).getAttribute('href')).toBe(`mailto:${FILLED.email}`);
      expect(await page.locator('meta[name="SiteIDCode"]').getAttribute('content')).toBe(FILLED.siteIdCode);
      expect(await page.locator('meta[name="SiteDomain"]').getAttribute('content')).toBe('fzbg.example.gov.cn');
    } finally {
      await page.close();
      await site.close();
    }
  });
});
