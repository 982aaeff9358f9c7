/**
 * A stand-in for the speech engine headless Chromium lacks, put in place of window.speechSynthesis and
 * SpeechSynthesisUtterance before the page's scripts run (page.addInitScript). It records every call the
 * page makes — in sessionStorage, so that what a page asked for survives its being left — and fires the
 * events a real engine fires: start when an utterance begins, end when it is done, and on cancel an end
 * for the utterance being spoken (as Chrome does) and nothing for those still queued.
 *
 * An utterance is "spoken" when the test says so (finishSpeaking), or at once when `automatic` is set.
 */
import type { Page } from 'playwright-core';

export interface StandInVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

export interface SpeechCall {
  call: 'speak' | 'cancel' | 'pause' | 'resume';
  page: string;
  text?: string;
  voice?: string;
  lang?: string;
  rate?: number;
}

export interface StandInOptions {
  voices: StandInVoice[];
  /** The voices are listed only after a voiceschanged event, as in Chrome. */
  voicesLate?: boolean;
  automatic?: boolean;
}

const LOG_KEY = 'speech-stand-in-log';

/** Installs the stand-in in every page the tab opens from now on. */
export async function installSpeechEngine(page: Page, options: StandInOptions): Promise<void> {
  await page.addInitScript(
    ({ voices, voicesLate = false, automatic = false, logKey }) => {
      const log = (entry: object) => {
        const entries = JSON.parse(sessionStorage.getItem(logKey) ?? '[]') as object[];
        entries.push({ ...entry, page: location.pathname });
        sessionStorage.setItem(logKey, JSON.stringify(entries));
      };
      class Utterance extends EventTarget {
        text: string;
        voice: StandInVoice | null = null;
        lang = '';
        rate = 1;
        constructor(text: string) {
          super();
          this.text = text;
        }
      }
      let listed = !voicesLate;
      let queue: Utterance[] = [];
      let speaking: Utterance | undefined;
      const engine = new EventTarget() as EventTarget & Record<string, unknown>;
      const next = () => {
        speaking = queue.shift();
        const utterance = speaking;
        if (!utterance) return;
        setTimeout(() => {
          if (speaking !== utterance) return;
          utterance.dispatchEvent(new Event('start'));
          if (automatic) setTimeout(finish, 0);
        }, 0);
      };
      const finish = () => {
        const done = speaking;
        if (!done) return false;
        speaking = undefined;
        done.dispatchEvent(new Event('end'));
        // The page may have queued the next utterance from its end listener, which then started it.
        if (!speaking) next();
        return true;
      };
      Object.assign(engine, {
        getVoices: () => (listed ? voices : []),
        speak(utterance: Utterance) {
          log({ call: 'speak', text: utterance.text, voice: utterance.voice?.name, lang: utterance.lang, rate: utterance.rate });
          queue.push(utterance);
          if (!speaking) next();
        },
        cancel() {
          log({ call: 'cancel' });
          const current = speaking;
          queue = [];
          speaking = undefined;
          current?.dispatchEvent(new Event('end'));
        },
        pause: () => log({ call: 'pause' }),
        resume: () => log({ call: 'resume' }),
      });
      Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      Object.assign(window, { speechStandIn: { finish, speakingText: () => speaking?.text } });
      if (voicesLate) {
        setTimeout(() => {
          listed = true;
          engine.dispatchEvent(new Event('voiceschanged'));
        }, 50);
      }
    },
    { ...options, logKey: LOG_KEY },
  );
}

/** Everything the pages of this tab asked of the engine so far. */
export function speechCalls(page: Page): Promise<SpeechCall[]> {
  return page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '[]') as SpeechCall[], LOG_KEY);
}

/** Ends the utterance being spoken, as an engine does when it has said it; false when nothing is being spoken. */
export function finishSpeaking(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { speechStandIn: { finish(): boolean } }).speechStandIn.finish());
}

/** Typical voices of a phone: a mainland and a Taiwan Mandarin voice, and an English one as the default. */
export const PHONE_VOICES: StandInVoice[] = [
  { name: 'Samantha', lang: 'en-US', localService: true, default: true },
  { name: 'Tingting', lang: 'zh-CN', localService: true, default: false },
  { name: 'Meijia', lang: 'zh-TW', localService: true, default: false },
];
