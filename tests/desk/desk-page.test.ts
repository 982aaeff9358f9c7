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

describe('the checks before publishing', () => {
  it('shows a wrong 信息公开 fact at its field and in the summary, with the build’s own message, and says why 发布 is disabled', async () => {
    await page.fill('#facts-published', '2025年13月1日 09:30');
    await page.fill('#facts-indexNumber', '11140200MB0000000X/2025-00012');
    await page.click('#facts-form button[type="submit"]');
    await page.waitForSelector('#facts-form .field[data-field="published"] .field-error:not([hidden])', { timeout: 120_000 });
    const atField = await page.textContent('#facts-form .field[data-field="published"] .field-error');
    expect(atField).toContain('published（发布日期）“2025年13月1日 09:30”无效');
    expect(atField).toContain('is not valid');
    expect(await page.textContent('#facts-form .summary-errors')).toContain('2025年13月1日 09:30');
    expect(await page.isVisible('#facts-form .field[data-field="indexNumber"] .field-error')).toBe(false);
    expect(await page.isDisabled('#publish-button')).toBe(true);
    expect(await page.textContent('#publish-reasons')).toContain('信息公开事项有误');
  });

  it('accepts good facts: the preview shows them in its facts table', async () => {
    await page.fill('#facts-published', '2025年12月10日 09:30');
    await page.fill('#facts-documentNumber', '新经管发〔2025〕12号');
    await page.click('#facts-form button[type="submit"]');
    await page.waitForSelector('#facts-form .summary-errors[hidden]', { state: 'attached', timeout: 120_000 });
    const desktop = previewFrame('preview-desktop');
    await desktop.waitForSelector('h1');
    const text = await desktop.textContent('body');
    expect(text).toContain('新经管发〔2025〕12号');
    expect(text).toContain('11140200MB0000000X/2025-00012');
  });

  it('finds the ID number, the mobile number and the 密级 mark, each in context, and blocks publishing until each is confirmed', async () => {
    const hits = await page.$$eval('#scan .hits li', (items) => items.map((item) => item.textContent ?? ''));
    expect(hits.some((hit) => hit.includes('身份证号') && hit.includes(ID_NUMBER) && hit.includes('联系人身份证号'))).toBe(true);
    expect(hits.some((hit) => hit.includes('手机号码') && hit.includes(MOBILE))).toBe(true);
    expect(hits.some((hit) => hit.includes('密级标志') && hit.includes(MARK))).toBe(true);
    expect(await page.textContent('#publish-reasons')).toContain('敏感信息检查还有 3 处未处理');
    for (let i = 0; i < 3; i += 1) {
      const open = page.locator('#scan .hits li.open').first();
      await open.locator('input').fill('王一');
      await open.locator('button').click();
      await expect.poll(() => page.locator('#scan .hits li.open').count()).toBe(2 - i);
    }
    expect(await page.textContent('#publish-reasons')).not.toContain('敏感信息');
  });

  it('refuses the same reviewer at two stages, at the field', async () => {
    await page.fill('#review-first-name', '王一');
    await page.fill('#review-first-date', '2025年12月8日');
    await page.fill('#review-second-name', '李二');
    await page.fill('#review-second-date', '2025年12月8日');
    await page.fill('#review-final-name', '王一');
    await page.fill('#review-final-date', '2025年12月9日');
    await page.fill('#review-secrecy-name', '赵三');
    await page.fill('#review-secrecy-date', '2025年12月9日');
    await page.check('#review-secrecy-confirmed');
    await page.click('#review-form button[type="submit"]');
    await page.waitForSelector('#review-form .field[data-field="final.name"] .field-error:not([hidden])');
    expect(await page.textContent('#review-form .field[data-field="final.name"] .field-error')).toContain('王一已经是初审人');
    expect(await page.textContent('#publish-reasons')).toContain('审核记录尚未填写完整');
    await page.fill('#review-final-name', '孙四');
    await page.click('#review-form button[type="submit"]');
    await page.waitForSelector('#review-form .summary-errors[hidden]', { state: 'attached' });
    await expect.poll(() => page.isDisabled('#publish-button')).toBe(false);
  });
});
