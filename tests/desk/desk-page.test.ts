/**
 * The desk in real Chromium on a temporary copy of the fixture project (its 2024 report): a staff member drops
 * a report, reads the summary, looks at the preview, fills in the facts, deals with the scan, records the
 * review and publishes, then publishes a corrected file. Every build is a real one.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import type { PublishEntry } from '../../src/desk/publish/publish-log.ts';
import { REQUIRED_PARTS } from '../../src/lib/report/parts.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { fixtureReport, plainText } from '../support/report-fixtures.ts';
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
  // The machine is shared: a build may take a minute.
  page.setDefaultTimeout(60_000);
  files = path.join(desk.dir, '.tmp-files');
  await mkdir(files);
  await page.goto(desk.server.url);
  await page.waitForFunction(() => document.getElementById('max-size')?.textContent !== '');
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
    await expect.poll(() => readFile(path.join(desk.dir, '.desk/settings.json'), 'utf8').catch(() => ''), { timeout: 60_000 }).toContain('https://fzbg.example.gov.cn');
    await page.goto(desk.server.url);
  });

  it('refuses a file that is not a report with the importer’s message, and stages nothing', async () => {
    const file = path.join(files, '随手记.txt');
    await writeFile(file, '今天天气很好。\n明天继续。\n');
    await page.setInputFiles('#file-input', file);
    await expect.poll(() => page.textContent('#desk-message'), { timeout: 60_000 }).toContain('找不到“一、”“二、”这样的章节标题');
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
    await page.waitForSelector('#preview iframe[name="preview-desktop"]', { timeout: 240_000 });
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
    await page.waitForSelector('#facts-form .field[data-field="published"] .field-error:not([hidden])', { timeout: 240_000 });
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
    await page.waitForSelector('#facts-form .summary-errors[hidden]', { state: 'attached', timeout: 240_000 });
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
      await expect.poll(() => page.locator('#scan .hits li.open').count(), { timeout: 60_000 }).toBe(2 - i);
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
    await expect.poll(() => page.isDisabled('#publish-button'), { timeout: 60_000 }).toBe(false);
  });
});

const run = promisify(execFile);

async function publishAndWait(): Promise<void> {
  await page.click('#publish-button');
  await page.waitForSelector('#publish .outcome .done, #publish .outcome .problem', { timeout: 240_000 });
  expect(await page.textContent('#publish .outcome')).toContain('已发布');
}

async function enterReview(): Promise<void> {
  for (const [field, value] of Object.entries({ 'first-name': '王一', 'first-date': '2025年12月8日', 'second-name': '李二', 'second-date': '2025年12月8日', 'final-name': '孙四', 'final-date': '2025年12月9日', 'secrecy-name': '赵三', 'secrecy-date': '2025年12月9日' })) {
    await page.fill(`#review-${field}`, value);
  }
  await page.check('#review-secrecy-confirmed');
  await page.click('#review-form button[type="submit"]');
  await expect.poll(() => page.isDisabled('#publish-button'), { timeout: 240_000 }).toBe(false);
}

describe('publishing', () => {
  beforeAll(async () => {
    // The project folder as a git repository, as an office's may be.
    await run('git', ['init', '-q'], { cwd: desk.dir });
    await run('git', ['add', '-A'], { cwd: desk.dir });
    await run('git', ['commit', '-qm', 'fixture project'], { cwd: desk.dir });
  });

  it('writes content/, dist/, the package with its manifest and the log, and commits the year and the log', async () => {
    await publishAndWait();
    const steps = await page.$$eval('#publish .progress li', (items) => items.map((item) => item.getAttribute('data-status')));
    expect(steps).toEqual(['done', 'done', 'done', 'done', 'done']);

    const year = path.join(desk.dir, 'content', '2025');
    const reportMdx = await readFile(path.join(year, 'report.mdx'), 'utf8');
    expect(reportMdx).toContain('documentNumber: "新经管发〔2025〕12号"');
    expect(await readFile(path.join(year, 'original.txt'), 'utf8')).toBe(reportWithHits());
    expect(await readFile(path.join(year, 'review.yaml'), 'utf8')).toContain('孙四');

    const dist = path.join(desk.dir, 'dist');
    const reportPage = await readFile(path.join(dist, '2025', 'index.html'), 'utf8');
    expect(reportPage).toContain(report.title);
    expect(reportPage).toContain('https://fzbg.example.gov.cn/2025/');
    // The review record is kept with the content and never published.
    expect(existsSync(path.join(dist, '2025', 'review.yaml'))).toBe(false);
    const { stdout: anyReviewer } = await run('grep', ['-rl', '孙四', dist]).catch(() => ({ stdout: '' }));
    expect(anyReviewer).toBe('');
    // Nor does the site carry anything of the desk's page.
    const { stdout: anyDesk } = await run('grep', ['-rlE', 'desk-token|x-desk-token|发布台', dist]).catch(() => ({ stdout: '' }));
    expect(anyDesk).toBe('');

    const entry = (await readLog())[0]!;
    expect(entry).toMatchObject({ year: '2025', replaced: false, siteUrl: 'https://fzbg.example.gov.cn' });
    expect(entry.source.sha256).toBe(sha256(Buffer.from(reportWithHits())));
    expect(entry.review.stages.final.name).toBe('孙四');
    expect(entry.changes.sectionsAdded).toEqual(report.sections.map((s) => s.title));
    const zip = await readFile(path.join(desk.dir, entry.package.file));
    expect(entry.package.file).toMatch(/site-2025-\d{8}-\d{6}\.zip$/);
    expect(sha256(zip)).toBe(entry.package.sha256);
    const manifest = (await readFile(path.join(desk.dir, entry.package.manifest), 'utf8')).trim().split('\n');
    const unpacked = unzipSync(zip);
    expect(manifest.length).toBe(Object.keys(unpacked).length);
    for (const line of manifest) {
      const [hash = '', name = ''] = line.split('  ');
      expect(sha256(unpacked[name]!)).toBe(hash);
      expect(sha256(await readFile(path.join(dist, name)))).toBe(hash);
    }
    const { stdout: subject } = await run('git', ['log', '-1', '--format=%s'], { cwd: desk.dir });
    expect(subject).toContain('2025');
    const { stdout: committed } = await run('git', ['show', '--name-only', '--format=', 'HEAD'], { cwd: desk.dir });
    expect(committed).toContain('content/2025/report.mdx');
    expect(committed).toContain('publish/publish-log.jsonl');
  });

  it('replaces the year with a corrected file, showing what changes first, and leaves the first log entry as it was', async () => {
    const firstLine = (await readFile(path.join(desk.dir, 'publish/publish-log.jsonl'), 'utf8')).split('\n')[0];
    const corrected = reportWithHits().replace(`${MARK}联系人身份证号${ID_NUMBER}，手机${MOBILE}。`, '本报告全文在管委会门户网站公开。');
    const file = path.join(files, '2025年报告（改正）.txt');
    await writeFile(file, corrected);
    const before = await readFile(path.join(desk.dir, 'content/2025/report.mdx'), 'utf8');
    await page.click('#publish .outcome button');
    await page.setInputFiles('#file-input', file);
    await page.waitForSelector('#changes:not([hidden])');
    expect(await page.textContent('#changes')).toContain('改动 1 段');
    expect(await page.textContent('#changes del')).toContain(ID_NUMBER);
    // Nothing is written before 发布.
    expect(await readFile(path.join(desk.dir, 'content/2025/report.mdx'), 'utf8')).toBe(before);
    // The facts already published are kept for the corrected file.
    expect(await page.inputValue('#facts-documentNumber')).toBe('新经管发〔2025〕12号');
    expect(await page.textContent('#scan')).toContain('没有发现');
    await enterReview();
    await publishAndWait();
    const log = await readFile(path.join(desk.dir, 'publish/publish-log.jsonl'), 'utf8');
    expect(log.split('\n')[0]).toBe(firstLine);
    const [, second] = await readLog();
    expect(second).toMatchObject({ replaced: true, changes: { counts: { added: 0, removed: 0, changed: 1 } } });
    expect(await readFile(path.join(desk.dir, 'content/2025/report.mdx'), 'utf8')).toContain('本报告全文在管委会门户网站公开。');
  });
});

async function readLog(): Promise<PublishEntry[]> {
  const text = await readFile(path.join(desk.dir, 'publish/publish-log.jsonl'), 'utf8');
  return text.trim().split('\n').map((line) => JSON.parse(line) as PublishEntry);
}
