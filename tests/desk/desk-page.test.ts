/**
 * The desk in real Chromium on a temporary copy of the fixture project (its 2024 report): a staff member drops
 * a report, reads the summary, looks at the preview, fills in the facts, deals with the scan, records the
 * review and publishes, then publishes a corrected file. Every build is a real one.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { REQUIRED_PARTS } from '../../src/lib/report/parts.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { fixtureReport, gongwenDocx, plainText } from '../support/report-fixtures.ts';
import { deskOnCopy, type DeskUnderTest } from './desk-support.ts';

const report = fixtureReport(2025);
/** 18 digits whose last is the check digit of the first 17 (GB 11643-1999's own example). */
const ID_NUMBER = '11010519491231002X';
const MOBILE = '13912345678';
const MARK = '【内部资料】';
const HEADING_IN_OPENING = '（一）关于本报告的说明';

/** The fixture report as text, with a paragraph the importer warns about and three things the scan must find. */
function reportWithHits(): string {
  const lines = plainText(report).split('\n');
  lines.splice(2, 0, HEADING_IN_OPENING, `${MARK}联系人身份证号${ID_NUMBER}，手机${MOBILE}。`);
  return lines.join('\n');
}

let desk: DeskUnderTest;
let browser: Browser;
let page: Page;
let files: string;

beforeAll(async () => {
  desk = await deskOnCopy();
  browser = await launchBrowser({ viewport: { width: 1400, height: 1000 } });
  page = await browser.context.newPage();
  files = path.join(desk.dir, '.tmp-files');
  await import('node:fs/promises').then((fs) => fs.mkdir(files));
  await page.goto(desk.server.url);
});
afterAll(async () => {
  await browser?.close();
  await desk?.close();
});

const previewFrame = (name: string): Frame => {
  const frame = page.frame({ name });
  if (!frame) throw new Error(`no frame ${name}`);
  return frame;
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the desk in the browser', () => {
  it('takes the site address once, on the settings page', async () => {
    await page.goto(`${desk.server.url}#settings`);
    await page.fill('#site-url-form input[name="siteUrl"]', 'https://fzbg.example.gov.cn');
    await page.click('#site-url-form button');
    await expect.poll(() => readFile(path.join(desk.dir, '.desk/settings.json'), 'utf8').catch(() => '')).toContain('https://fzbg.example.gov.cn');
    await page.goto(desk.server.url);
  });

  it('refuses a file that is not a report with the importer’s message, and stages nothing', async () => {
    const file = path.join(files, '随手记.txt');
    await writeFile(file, '今天天气很好。\n明天继续。\n');
    await page.setInputFiles('#file-input', file);
    await expect.poll(() => page.textContent('#desk-message')).toContain('找不到“一、”“二、”这样的章节标题');
    expect(await page.isHidden('#staged')).toBe(true);
    expect(desk.server.desk.staged).toBeUndefined();
  });

  it('drops a report and shows what the importer found, then the preview of the real site', async () => {
    const file = path.join(files, '2025年报告.txt');
    await writeFile(file, reportWithHits());
    await page.setInputFiles('#file-input', file);
    await page.waitForSelector('#summary .identity');
    const summary = await page.textContent('#summary');
    expect(summary).toContain(report.title);
    expect(summary).toContain(report.issuers[0]);
    expect(summary).toContain('2025年12月8日');
    for (const section of report.sections) expect(summary).toContain(section.title);
    expect(summary).toContain(`✓ ${REQUIRED_PARTS[0]!.name}：一、${report.sections[0]!.title}`);
    expect(summary).toContain(HEADING_IN_OPENING);
    // The preview is built by the site's build: its report page has the report's title in its heading.
    await page.waitForSelector('#preview iframe[name="preview-desktop"]', { timeout: 120_000 });
    const desktop = previewFrame('preview-desktop');
    await desktop.waitForSelector('h1');
    expect(await desktop.textContent('h1')).toContain(report.title);
    const phone = previewFrame('preview-phone');
    await phone.waitForSelector('h1');
    expect(await phone.evaluate(() => window.innerWidth)).toBe(375);
    expect(await desktop.evaluate(() => window.innerWidth)).toBe(1280);
    for (const label of ['全文', '繁體版', report.sections[0]!.title]) expect(await page.textContent('.preview-links')).toContain(label);
  });

  it('links a warning to its paragraph in the preview, marked there', async () => {
    await page.click('.warnings a.to-paragraph');
    const desktop = previewFrame('preview-desktop');
    await desktop.waitForSelector('mark.search-highlight', { timeout: 30_000 });
    expect(await desktop.textContent('mark.search-highlight')).toContain('关于本报告');
  });
});
