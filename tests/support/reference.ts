/**
 * The 2024 report as scraped from the zone's website (tests/reference/report-2024-scraped.txt), read
 * into its parts, and the sentence-by-sentence comparison that the fidelity tests use.
 */
import { readFileSync } from 'node:fs';
import { stripPinyinAnnotations, toSimplified } from '../../src/importer/chinese-text.ts';
import { comparisonKey, splitSentences } from './comparison.ts';

const raw = readFileSync(new URL('../reference/report-2024-scraped.txt', import.meta.url), 'utf8');

/** The scraped page ends with the QR caption of the old site, which is not part of the report. */
const PAGE_CHROME = /^扫一扫在手机上查看当前页面$/;
const SECTION_HEADING = /^[一二三四五六七八九十]+、/;

const lines = raw
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '' && !PAGE_CHROME.test(toSimplified(stripPinyinAnnotations(line))));

export interface ReferenceReport {
  /** Every line of the report, title to date. */
  all: string[];
  /** Title and opening paragraph. */
  front: string[];
  /** Each top-level section: its heading line and its subsections. */
  sections: string[][];
  /** Issuer and date. */
  signature: string[];
}

function readReference(): ReferenceReport {
  const starts = lines.flatMap((line, index) => (SECTION_HEADING.test(toSimplified(line)) ? [index] : []));
  const first = starts[0] ?? lines.length;
  const signatureStart = lines.length - 2;
  const sections = starts.map((start, i) => lines.slice(start, starts[i + 1] ?? signatureStart));
  return { all: lines, front: lines.slice(0, first), sections, signature: lines.slice(signatureStart) };
}

export const reference2024 = readReference();

/** Sentences of a text, each reduced to its comparison key (see comparisonKey). */
export function sentenceKeys(text: string): string[] {
  return splitSentences(text)
    .map(comparisonKey)
    .filter((key) => key !== '');
}

export interface SentenceDifference {
  missing: string[];
  added: string[];
  /** Same sentences, different order. */
  reordered: boolean;
}

/** What the published text lacks or adds compared with the reference, sentence by sentence. */
export function compareSentences(published: string, referenceText: string): SentenceDifference {
  const got = sentenceKeys(published);
  const want = sentenceKeys(referenceText);
  const missing = [...want];
  const added: string[] = [];
  for (const key of got) {
    const index = missing.indexOf(key);
    if (index === -1) added.push(key);
    else missing.splice(index, 1);
  }
  const reordered = missing.length === 0 && added.length === 0 && got.join('\n') !== want.join('\n');
  return { missing, added, reordered };
}
