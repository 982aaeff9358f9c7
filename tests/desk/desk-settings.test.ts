/**
 * A new office's first run, in Chromium: with an empty content/ the desk asks for the site's settings first,
 * checks them with the build's own parser (a wrong value is shown at its field and nothing is written), writes
 * content/site.yaml, and starts an empty year as `npm run report:new` does.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseSiteSettings } from '../../src/lib/publishing/site-settings.ts';
import { PLACEHOLDER } from '../../src/lib/report/unfinished.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { deskOnCopy, type DeskUnderTest } from './desk-support.ts';

let desk: DeskUnderTest;
let browser: Browser;
let page: Page;
const siteYaml = () => path.join(desk.dir, 'content', 'site.yaml');

beforeAll(async () => {
  desk = await deskOnCopy();
  // An office starting out: nothing in content/ at all.
  await rm(path.join(desk.dir, 'content'), { recursive: true });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  // The machine is shared: a build may take a minute.
  page.setDefaultTimeout(60_000);
  await page.goto(desk.server.url);
  await page.waitForFunction(() => document.getElementById('max-size')?.textContent !== '');
});
afterAll(async () => {
  await browser?.close();
  await desk?.close();
});

const SETTINGS: Record<string, string> = {
  name: '某某开发区法治政府建设年度报告',
  column: '法治政府建设年度报告',
  columnDescription: '某某开发区管理委员会逐年发布的法治政府建设年度报告全文。',
  columnKeywords: '法治政府建设,年度报告',
  description: '某某开发区管理委员会历年法治政府建设年度报告全文。',
  owner: '某某开发区管理委员会',
  siteIdCode: '12345',
};

describe('a first run with an empty content/', () => {
  it('opens on the site settings, and refuses a wrong value at its field, writing nothing', async () => {
    expect(await page.isVisible('#first-run')).toBe(true);
    expect(await page.isVisible('#settings')).toBe(true);
    expect(await page.isVisible('#drop-zone')).toBe(false);
    for (const [field, value] of Object.entries(SETTINGS)) await page.fill(`#site-${field}`, value);
    await page.click('#site-settings-form button[type="submit"]');
    await page.waitForSelector('#site-settings-form .field[data-field="siteIdCode"] .field-error:not([hidden])');
    expect(await page.textContent('#site-settings-form .field[data-field="siteIdCode"] .field-error')).toContain('网站标识码应为 10 位数字');
    expect(await page.textContent('#site-settings-form .summary-errors')).toContain('siteIdCode');
    expect(existsSync(siteYaml())).toBe(false);
  });

  it('writes content/site.yaml that the build reads, then leads on to the desk', async () => {
    await page.fill('#site-siteIdCode', '1402000001');
    await page.click('#site-settings-form button[type="submit"]');
    await expect.poll(() => existsSync(siteYaml()), { timeout: 60_000 }).toBe(true);
    const settings = parseSiteSettings(await readFile(siteYaml(), 'utf8'), 'site.yaml');
    expect(settings.name).toBe(SETTINGS['name']);
    expect(settings.identifiers.siteIdCode).toBe('1402000001');
    await page.waitForSelector('#first-run', { state: 'hidden' });
  });

  it('starts an empty year as report:new does, and names a wrong year', async () => {
    await page.goto(`${desk.server.url}#settings`);
    await page.fill('#new-year-form input[name="year"]', '2025');
    await page.click('#new-year-form button');
    await expect.poll(() => existsSync(path.join(desk.dir, 'content', '2025', 'report.mdx')), { timeout: 60_000 }).toBe(true);
    expect(await readFile(path.join(desk.dir, 'content', '2025', 'report.mdx'), 'utf8')).toContain(PLACEHOLDER);
    await page.fill('#new-year-form input[name="year"]', '2025');
    await page.click('#new-year-form button');
    await expect.poll(() => page.textContent('#desk-message'), { timeout: 60_000 }).toContain('已经存在');
  });
});
