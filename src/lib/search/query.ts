/**
 * Turns what a reader typed into what the search looks for. Pure: the script of the search page hands in
 * the folding of either script onto the edition's own characters (folding.ts) and a word segmenter
 * (Intl.Segmenter in browsers and in Node, the one Pagefind uses on queries too).
 *
 * - Full-width letters and digits (ＡＢＣ１２３) count as half-width; characters of either script as the edition
 *   writes them.
 * - "Quoted phrases" (also “”, 「」, 『』) are one word that must occur exactly.
 * - Everything else is split into words, with or without spaces: 自媒体普法 looks for 自媒体 and 普法 anywhere
 *   in a subsection, like 自媒体 普法.
 * - Conversational filler (src/lib/search/filler.ts) is dropped, splitting the query around it.
 */
import { FILLER, QUESTION_MARKS } from './filler.ts';

export interface PreparedQuery {
  /** The query as normalized, for display. */
  text: string;
  /** What a full match must hold, each anywhere in the subsection: segmented words and quoted phrases. */
  words: string[];
  /** The stretches of the query between filler and spaces; a subsection holding one word for word ranks higher. */
  phrases: string[];
  /**
   * Words with a lone character joined on (覆盖面 from 覆盖|面, 干部去 from 干部|去) → the word without it, to
   * look for instead when the joined form occurs nowhere.
   */
  shorter: Record<string, string>;
}

export type Segmenter = (text: string) => string[];

/** A form a reader may type (one or two characters) → the edition's own character(s) in the report; see folding.ts. */
export type FoldingTable = Record<string, string>;

/**
 * The table as the search page carries it, a few hundred bytes smaller than JSON: each form followed by what
 * it folds to (the same length, one or two characters), entries separated by spaces: 顧顾 問问 著力着力
 */
export function encodeFoldingTable(table: FoldingTable): string {
  return Object.entries(table)
    .map(([form, own]) => `${form}${own}`)
    .join(' ');
}

export function decodeFoldingTable(text: string): FoldingTable {
  const table: FoldingTable = {};
  for (const entry of text.split(' ')) {
    const chars = [...entry];
    if (chars.length === 0 || chars.length % 2 !== 0) continue;
    table[chars.slice(0, chars.length / 2).join('')] = chars.slice(chars.length / 2).join('');
  }
  return table;
}

/** Converts text with a folding table, preferring two-character entries over single characters. */
export function foldWithTable(text: string, table: FoldingTable): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const pair = table[`${chars[i]}${chars[i + 1] ?? ''}`];
    if (pair !== undefined && i + 1 < chars.length) {
      out += pair;
      i += 1;
      continue;
    }
    out += table[chars[i]!] ?? chars[i];
  }
  return out;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const length = (text: string) => [...text].length;

/**
 * The filler list in the script the query is folded to: cut wherever it stands when two or more characters
 * long (longest first, so that 怎么样 goes before 怎么), dropped only standing alone when a single character.
 */
function fillerFor(fold: (text: string) => string): { anywhere: RegExp; alone: Set<string> } {
  const forms = [...new Set(FILLER.flatMap((word) => [word, fold(word)]))];
  const long = [...forms.filter((w) => length(w) > 1), ...QUESTION_MARKS].sort((a, b) => length(b) - length(a));
  return { anywhere: new RegExp(long.map(escapeRegExp).join('|'), 'g'), alone: new Set(forms.filter((w) => length(w) === 1)) };
}

const QUOTED = /"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』/g;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;

/** ＡＢＣ１２３ → ABC123, full-width space → space, Latin letters in lower case. */
export function normalizeQueryText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The segmenter knows common words only and cuts the rest into single characters (普|法, 素|养, 横|幅|普|法,
 * 自|媒体, 覆盖|面). Single characters say too little on their own, so they are joined back: neighbouring ones
 * two by two, as most words are two characters (横幅, 普法), and one left alone onto the word before it
 * (覆盖面), or after it at the start (自媒体). Joining a lone character can also be wrong (干部|去), so the word
 * without it is kept in `shorter`. A single character alone, not a digit, is dropped.
 */
export function joinSegments(segments: string[]): { words: string[]; shorter: Record<string, string> } {
  const words: string[] = [];
  const shorter: Record<string, string> = {};
  let singles: string[] = [];
  const flushSingles = (next: string | undefined) => {
    const run = singles;
    singles = [];
    if (run.length === 0) return next;
    if (run.every((c) => /\d/.test(c)) || (run.length === 2 && run.some((c) => /\d/.test(c)))) {
      words.push(run.join(''));
      return next;
    }
    for (let i = 0; i + 1 < run.length; i += 2) words.push(`${run[i]}${run[i + 1]}`);
    if (run.length % 2 === 0) return next;
    const lone = run[run.length - 1]!;
    const previous = words.pop();
    if (previous !== undefined) {
      shorter[previous + lone] = previous;
      words.push(previous + lone);
      return next;
    }
    if (next === undefined) return /\d/.test(lone) ? lone : undefined;
    shorter[lone + next] = next;
    return lone + next;
  };
  for (const segment of segments) {
    if (length(segment) === 1) {
      singles.push(segment);
      continue;
    }
    const word = flushSingles(segment);
    if (word !== undefined) words.push(word);
  }
  const last = flushSingles(undefined);
  if (last !== undefined) words.push(last);
  return { words, shorter };
}

/** The query with each joined word that occurs nowhere replaced by the word without its lone character. */
export function withoutMissingJoins(query: PreparedQuery, occurs: (word: string) => boolean): PreparedQuery {
  const settle = (word: string) => (occurs(word) ? word : (query.shorter[word] ?? word));
  return { ...query, words: [...new Set(query.words.map(settle))], shorter: {} };
}

/** The words of one stretch of text without spaces or quotes, filler cut out; also the stretches between filler. */
function wordsOf(text: string, segment: Segmenter, filler: ReturnType<typeof fillerFor>): Omit<PreparedQuery, 'text'> {
  const words: string[] = [];
  const phrases: string[] = [];
  const shorter: Record<string, string> = {};
  for (const piece of text.replace(filler.anywhere, ' ').replace(PUNCTUATION, ' ').split(' ')) {
    let group: string[] = [];
    const close = () => {
      const joined = joinSegments(group);
      words.push(...joined.words);
      Object.assign(shorter, joined.shorter);
      if (joined.words.length > 0) phrases.push(joined.words.join(''));
      group = [];
    };
    for (const word of segment(piece)) {
      if (filler.alone.has(word)) close();
      else group.push(word);
    }
    close();
  }
  return { words, phrases, shorter };
}

export function prepareQuery(raw: string, fold: (text: string) => string, segment: Segmenter): PreparedQuery {
  const text = fold(normalizeQueryText(raw));
  const words: string[] = [];
  const phrases: string[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const quoted = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (quoted !== '') words.push(quoted);
  }
  const rest = wordsOf(text.replace(QUOTED, ' '), segment, fillerFor(fold));
  words.push(...rest.words);
  phrases.push(...rest.phrases.filter((phrase) => !rest.words.includes(phrase)));
  return { text, words: [...new Set(words)], phrases: [...new Set(phrases)], shorter: rest.shorter };
}
