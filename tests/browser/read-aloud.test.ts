/**
 * 朗读 in Chromium, with a stand-in speech engine (tests/support/speech-engine.ts) that records what the page
 * asks it to say. Section pages are found in whatever content/ holds.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { launchBrowser, SMALL_PHONE } from '../support/browser.ts';
import { listPages } from '../support/dist.ts';
import { finishSpeaking, installSpeechEngine, PHONE_VOICES, speechCalls, type StandInOptions } from '../support/speech-engine.ts';
import { sentencesToSpeak } from '../../src/lib/reading/speech-text.ts';

/** What a reader hears of a page: the title, the report text's headings and paragraphs, and the signature. */
const REPORT_TEXT = 'article h1, article .report-text :is(h2, h3, p):not([data-pagefind-ignore]), article .signature p';
/** Characters that speaking never changes: Chinese characters other than those numbers are written with. */
const plainCharacters = (text: string) => text.replace(/[^\p{Script=Han}]|[〇零一二两三四五六七八九十百千万亿点至之]/gu, '');

describe('朗读', async () => {
  const pages = await listPages();
  const sectionPages = pages.filter((path) => /^(hant\/)?\d{4}\/\d+\/$/.test(path));
  const [section] = sectionPages;
  const opened = siteInBrowser();
  const url = (path: string) => new URL(path, opened.site.url).href;

  async function withSpeech<T>(options: StandInOptions, run: (page: Page) => Promise<T>): Promise<T> {
    const page = await opened.browser.context.newPage();
    try {
      await installSpeechEngine(page, options);
      return await run(page);
    } finally {
      await page.close();
    }
  }

  const readAloud = (page: Page) => page.getByRole('button', { name: /^朗[读讀]$/ });
  const spoken = async (page: Page) => (await speechCalls(page)).filter((call) => call.call === 'speak').map((call) => call.text!);
  const textBlocks = (page: Page) => page.$$eval(REPORT_TEXT, (blocks) => blocks.map((block) => block.textContent ?? ''));
  const speechOf = (blocks: string[]) => blocks.flatMap((text) => sentencesToSpeak(text).map((sentence) => sentence.speech));

  it('reads all of a section’s text, in order, and nothing else, in a Chinese voice', () =>
    withSpeech({ voices: PHONE_VOICES, automatic: true }, async (page) => {
      await page.goto(url(section!));
      const blocks = await textBlocks(page);
      expect(blocks.length).toBeGreaterThan(3);
      await readAloud(page).click();
      // Read to the end, after which the controls go and 朗读 is back.
      await expect.poll(() => spoken(page)).not.toEqual([]);
      await expect.poll(() => page.locator('.read-aloud-controls').isVisible(), { timeout: 60_000 }).toBe(false);
      expect(await readAloud(page).isVisible()).toBe(true);
      const calls = (await speechCalls(page)).filter((call) => call.call === 'speak');
      expect(calls.map((call) => call.text)).toEqual(speechOf(blocks));
      expect(plainCharacters(calls.map((call) => call.text).join(''))).toBe(plainCharacters(blocks.join('')));
      expect(new Set(calls.map((call) => `${call.voice} ${call.lang}`))).toEqual(new Set(['Tingting zh-CN']));
      expect(calls.map((call) => call.text).join('')).not.toMatch(/[《》“”（）%0-9]/u);
    }));

  it('reads the traditional edition in a Taiwan voice', () =>
    withSpeech({ voices: PHONE_VOICES }, async (page) => {
      await page.goto(url(sectionPages.find((path) => path.startsWith('hant/'))!));
      await readAloud(page).click();
      await expect.poll(() => spoken(page)).toHaveLength(1);
      expect((await speechCalls(page)).find((call) => call.call === 'speak')).toMatchObject({ voice: 'Meijia', lang: 'zh-TW' });
    }));

  it('starts at the subsection the reader came to, highlights the sentence being read and keeps it in view', () =>
    withSpeech({ voices: PHONE_VOICES }, async (page) => {
      const heading = page.locator('article .report-text h2').nth(1);
      await page.goto(url(section!));
      await page.goto(`${url(section!)}#${await heading.getAttribute('id')}`);
      // 朗读 is at the top of the page: the reader goes back up to it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await readAloud(page).click();
      await expect.poll(() => spoken(page)).toHaveLength(1);
      const headingText = (await heading.textContent())!;
      expect(await spoken(page)).toEqual([sentencesToSpeak(headingText)[0]!.speech]);
      const highlighted = () =>
        page.evaluate(() => {
          const range = CSS.highlights.get('read-aloud')?.values().next().value as Range | undefined;
          const box = range?.getBoundingClientRect();
          return range && { text: range.toString(), inView: box!.top >= 0 && box!.bottom <= innerHeight };
        });
      await expect.poll(highlighted).toEqual({ text: headingText, inView: true });
      // Through the paragraphs after it: each sentence highlighted in turn, the view following it.
      for (let said = 2; said <= 8; said += 1) {
        await finishSpeaking(page);
        await expect.poll(() => spoken(page)).toHaveLength(said);
        const sentence = (await spoken(page)).at(-1);
        // The view scrolls smoothly to the sentence.
        await expect.poll(async () => (await highlighted())?.inView, { message: sentence ?? '' }).toBe(true);
        const now = await highlighted();
        expect(sentencesToSpeak(now!.text).map((s) => s.speech)).toEqual([sentence]);
      }
    }));

  it('pauses, resumes at the start of the sentence, changes speed, and stops', () =>
    withSpeech({ voices: PHONE_VOICES }, async (page) => {
      await page.goto(url(section!));
      await page.evaluate(() => localStorage.removeItem('fzbg-speech-rate'));
      await readAloud(page).click();
      await expect.poll(() => spoken(page)).toHaveLength(1);
      await finishSpeaking(page);
      await expect.poll(() => spoken(page)).toHaveLength(2);
      const second = (await spoken(page))[1];

      await page.getByRole('button', { name: '暂停' }).click();
      expect((await speechCalls(page)).at(-1)?.call).toBe('cancel');
      expect(await finishSpeaking(page)).toBe(false);
      expect(await spoken(page)).toHaveLength(2);

      await page.getByRole('button', { name: '继续' }).click();
      await expect.poll(() => spoken(page)).toHaveLength(3);
      expect((await spoken(page))[2]).toBe(second);

      await page.getByRole('button', { name: '慢' }).click();
      const slow = (await speechCalls(page)).at(-1)!;
      expect(slow).toMatchObject({ call: 'speak', text: second, rate: 0.75 });
      expect(await page.getByRole('button', { name: '慢' }).getAttribute('aria-pressed')).toBe('true');

      await page.getByRole('button', { name: '停止' }).click();
      const calls = await speechCalls(page);
      expect(calls.at(-1)?.call).toBe('cancel');
      expect(await finishSpeaking(page)).toBe(false);
      expect(await page.evaluate(() => CSS.highlights.has('read-aloud'))).toBe(false);
      expect(await page.locator('.read-aloud-controls').isVisible()).toBe(false);
      expect(await readAloud(page).isVisible()).toBe(true);

      // The speed is remembered on the next page.
      await page.reload();
      await readAloud(page).click();
      await expect.poll(async () => (await speechCalls(page)).at(-1)?.rate).toBe(0.75);
    }));

  it('stops when the reader leaves the page, and pauses while the page is hidden', () =>
    withSpeech({ voices: PHONE_VOICES }, async (page) => {
      await page.goto(url(section!));
      await readAloud(page).click();
      await expect.poll(() => spoken(page)).toHaveLength(1);
      await page.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      expect((await speechCalls(page)).at(-1)?.call).toBe('cancel');
      expect(await page.getByRole('button', { name: '继续' }).isVisible()).toBe(true);
      await page.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      });
      await page.getByRole('button', { name: '继续' }).click();
      await expect.poll(() => spoken(page)).toHaveLength(2);

      const left = new URL(url(section!)).pathname;
      await page.locator('nav.pager a').first().click();
      await page.waitForURL((next) => next.pathname !== left);
      const calls = await speechCalls(page);
      const onLeftPage = calls.filter((call) => call.page === left);
      expect(onLeftPage.at(-1)?.call).toBe('cancel');
      expect(calls.filter((call) => call.page !== left)).toEqual([]);
    }));

  it('is on every page of report text, and loads its code only when pressed', () =>
    withSpeech({ voices: PHONE_VOICES, voicesLate: true }, async (page) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      for (const path of pages) {
        await page.goto(url(path));
        const reading = /^(hant\/)?\d{4}\/(\d+\/|full\/)?$/.test(path);
        // Chrome lists its voices a moment after the page has loaded: the button comes then.
        if (reading) await expect.poll(() => readAloud(page).isVisible(), { message: path }).toBe(true);
        else expect(await page.locator('.read-aloud-start').count(), path).toBe(0);
      }
      const scripts = () => requested.filter((request) => request.includes('read-aloud'));
      expect(scripts()).toEqual([]);
      await page.goto(url(section!));
      await readAloud(page).click();
      await expect.poll(() => spoken(page)).toHaveLength(1);
      expect(scripts()).toHaveLength(1);
    }));

  it('is absent where the browser has no Chinese voice, and without JavaScript', async () => {
    await withSpeech({ voices: [PHONE_VOICES[0]!], voicesLate: true }, async (page) => {
      await page.goto(url(section!));
      await page.waitForTimeout(200);
      expect(await page.locator('.read-aloud-start').count()).toBe(1);
      expect(await readAloud(page).isVisible()).toBe(false);
    });
    const noScript = await launchBrowser({ ...SMALL_PHONE, javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      await page.goto(url(section!));
      expect(await page.locator('.read-aloud-start').count()).toBe(1);
      expect(await page.locator('.read-aloud-start:visible, .read-aloud-controls:visible').count()).toBe(0);
    } finally {
      await noScript.close();
    }
  });
});
