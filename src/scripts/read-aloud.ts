/**
 * 朗读: reads the page's report text aloud with the browser's own speech engine, a sentence at a time, from
 * the start or from the subsection the reader is at, highlighting the sentence being read and keeping it in
 * view. Loaded only when 朗读 is first pressed (src/components/ReadingSettings.astro), so it costs a page
 * nothing until then; it starts reading as it loads, and answers every later press of 朗读 itself.
 *
 * One utterance per sentence, each queued when the last one ends: the highlight follows the engine's own
 * start events, and a sentence is short enough for engines that fall silent on long utterances. 暂停 cancels
 * and 继续 says the sentence again from its start, since speechSynthesis.pause() does nothing on Android.
 */
import { sentencesToSpeak } from '../lib/reading/speech-text.ts';
import { SPEECH_RATE_KEY, speechRateOf } from '../lib/reading/speech-rate.ts';
import { chooseVoice } from '../lib/reading/voices.ts';

/** What is read of a page: its title and the report text, not contents, links or the heading links beside them. */
const BLOCKS = '[data-read-aloud] :is(h1, .report-text :is(h2, h3, p):not([data-pagefind-ignore]), .signature p)';
const HEADINGS = 'h1, h2, h3';
/** The CSS Custom Highlight the sentence being read is painted with (report-text.css). */
const HIGHLIGHT = 'read-aloud';

interface Sentence {
  block: Element;
  range: Range;
  speech: string;
}

/** The range of characters [start, end) of an element's text, across the text nodes inside it. */
function rangeOf(block: Element, start: number, end: number): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (start >= offset && start <= offset + length) range.setStart(node, start - offset);
    if (end >= offset && end <= offset + length) {
      range.setEnd(node, end - offset);
      break;
    }
    offset += length;
  }
  return range;
}

function sentencesOf(blocks: Element[]): Sentence[] {
  return blocks.flatMap((block) =>
    sentencesToSpeak(block.textContent ?? '').map(({ start, end, speech }) => ({ block, range: rangeOf(block, start, end), speech })),
  );
}

/**
 * Where reading starts: with the page scrolled down (朗读 pressed from the keyboard or a screen reader), the
 * subsection of the first block in view; at the top, where a reader on a phone goes to press 朗读, the
 * subsection they came to (#1-2, as the contents and search results link to); otherwise the start.
 */
function startingBlock(blocks: Element[], settings: Element): number {
  const scrolled = settings.getBoundingClientRect().bottom < 0;
  const target = location.hash === '' ? null : document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const from = scrolled ? blocks.findIndex((block) => block.getBoundingClientRect().bottom > 0) : target ? blocks.indexOf(target) : 0;
  for (let at = from; at > 0; at -= 1) if (blocks[at]!.matches(HEADINGS)) return at;
  return 0;
}

/** localStorage, which a reader may have switched off: then nothing is remembered. */
function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {}
}

function readAloud(container: HTMLElement, voice: SpeechSynthesisVoice): void {
  const start = container.querySelector<HTMLButtonElement>('.read-aloud-start')!;
  const controls = container.querySelector<HTMLElement>('.read-aloud-controls')!;
  const speeds = [...controls.querySelectorAll<HTMLButtonElement>('.speech-rate button')];
  const blocks = [...document.querySelectorAll(BLOCKS)];
  const sentences = sentencesOf(blocks);
  const firstBlock = blocks[startingBlock(blocks, container)];
  let current = Math.max(0, sentences.findIndex((sentence) => sentence.block === firstBlock));
  // Events of utterances cancelled by 暂停, 停止 or a change of speed belong to an earlier turn and are ignored.
  let turn = 0;
  let paused = false;
  let rate = speechRateOf(stored(SPEECH_RATE_KEY));
  // Every listener of this reading goes when it stops; pressing 朗读 again starts a new one.
  const controller = new AbortController();
  const { signal } = controller;

  const showSpeed = () => speeds.forEach((button) => button.setAttribute('aria-pressed', String(button.value === rate.value)));
  const showState = () => (controls.dataset['state'] = paused ? 'paused' : 'playing');

  function highlight(sentence: Sentence | undefined): void {
    if ('highlights' in CSS) {
      if (sentence) CSS.highlights.set(HIGHLIGHT, new Highlight(sentence.range));
      else CSS.highlights.delete(HIGHLIGHT);
    } else {
      document.querySelector('.reading-aloud')?.classList.remove('reading-aloud');
      sentence?.block.classList.add('reading-aloud');
    }
    if (!sentence) return;
    const box = sentence.range.getBoundingClientRect();
    const bottom = controls.getBoundingClientRect().top;
    if (box.top < 0 || box.bottom > bottom) {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollBy({ top: box.top - bottom / 3, behavior: smooth ? 'smooth' : 'instant' });
    }
  }

  function speak(index: number): void {
    const sentence = sentences[index];
    if (!sentence) return stop();
    current = index;
    const mine = turn;
    const utterance = new SpeechSynthesisUtterance(sentence.speech);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rate.rate;
    utterance.addEventListener('start', () => mine === turn && highlight(sentence));
    utterance.addEventListener('end', () => mine === turn && speak(index + 1));
    utterance.addEventListener('error', (event) => mine === turn && event.error !== 'interrupted' && event.error !== 'canceled' && stop());
    speechSynthesis.speak(utterance);
  }

  /** Silences the engine and starts a new turn; what was queued before says nothing more. */
  function silence(): void {
    turn += 1;
    speechSynthesis.cancel();
  }

  function stop(): void {
    silence();
    highlight(undefined);
    controls.hidden = true;
    start.hidden = false;
    controller.abort();
    start.focus();
  }

  controls.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element).closest('button');
      if (button?.dataset['action'] === 'stop') return stop();
      if (button?.dataset['action'] === 'pause') {
        paused = !paused;
        silence();
        if (!paused) speak(current);
        return showState();
      }
      if (button && speeds.includes(button)) {
        rate = speechRateOf(button.value);
        store(SPEECH_RATE_KEY, rate.value);
        showSpeed();
        if (!paused) {
          silence();
          speak(current);
        }
      }
    },
    { signal },
  );
  // Leaving the page stops the reading; hiding it (another app, another tab) pauses it until the reader is back.
  window.addEventListener('pagehide', stop, { signal });
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState !== 'hidden' || paused) return;
      paused = true;
      silence();
      showState();
    },
    { signal },
  );

  silence();
  showSpeed();
  showState();
  start.hidden = true;
  controls.hidden = false;
  controls.querySelector<HTMLButtonElement>('[data-action=pause]')!.focus();
  speak(current);
}

const container = document.querySelector<HTMLElement>('.read-aloud')!;
function begin(): void {
  const voice = chooseVoice(speechSynthesis.getVoices(), container.dataset['speechLanguages']!.split(' '));
  if (voice) readAloud(container, voice);
}
container.querySelector('.read-aloud-start')!.addEventListener('click', begin);
begin();
