/**
 * Keys for comparing two versions of the same document sentence by sentence: the fidelity test compares the
 * published pages with the scraped source this way.
 */
import { stripPinyinAnnotations, toSimplified } from '../../src/importer/chinese-text.ts';
import { toTraditionalText } from '../../src/lib/editions/traditional.ts';

/**
 * Folds text to a key for comparing two versions of the same document: pinyin glosses gone, characters
 * brought to one script (Taiwan's traditional standard, where the scrape's 著力 and the edited 着力 meet),
 * every punctuation mark and space removed. Two texts with the same key have the same words in the same order.
 */
export function comparisonKey(text: string): string {
  return toTraditionalText(toSimplified(stripPinyinAnnotations(text)))
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

/** Splits text into sentences at 。；！？ and line ends, keeping none of the empty ones. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。；！？.;!?])|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
