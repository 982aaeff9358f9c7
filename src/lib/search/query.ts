/**
 * Turns what a reader typed into what the search looks for. Pure: the script of the search page hands in
 * the folding of either script onto the edition's own characters (folding.ts) and a word segmenter (Intl.Segmenter in browsers and in Node).
 *
 * - Full-width letters and digits (ＡＢＣ１２３) count as half-width; characters of either script as the edition writes them.
 * - "Quoted phrases" (also “”, 「」, 『』) must occur exactly.
 * - Words separated by spaces are combined: each must occur.
 * - Question words and particles (哪些, 如何, 吗, 了…) are dropped, splitting the query around them, so that
 *   开发区聘请了哪家律师事务所 looks for 开发区聘请 and 律师事务所.
 */

export interface PreparedQuery {
  /** The query as normalized, for display and for Pagefind. */
  text: string;
  /** Pieces that must all occur, punctuation aside, for an exact match. */
  phrases: string[];
  /** Content words of two or more characters, for partial matches; single characters say too little. */
  words: string[];
}

export type Segmenter = (text: string) => string[];

/** A form a reader may type (one or two characters) → the edition's own character(s) in the report; see folding.ts. */
export type FoldingTable = Record<string, string>;

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

/**
 * Question words never occur in a report's text, so they are cut out wherever they stand (a segmenter may
 * split 哪家 into 哪 and 家). Longest first, so that 怎么样 goes before 怎么.
 */
const QUESTION_WORDS = /怎么样|为什么|有没有|是不是|什么|哪些|哪个|哪家|哪里|哪儿|如何|怎么|怎样|是否|多少|请问|哪|吗|呢|吧|啊|？|\?/g;

/** Function words that are dropped only when the segmenter finds them standing alone. */
const PARTICLES = new Set(['了', '的', '地', '得', '和', '与', '及', '或', '是', '有', '在', '几', '关于', '开展了']);

const QUOTED = /"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』/g;

/** ＡＢＣ１２３ → ABC123, full-width space → space, Latin letters in lower case. */
export function normalizeQueryText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function prepareQuery(raw: string, fold: (text: string) => string, segment: Segmenter): PreparedQuery {
  const text = fold(normalizeQueryText(raw));
  const phrases: string[] = [];
  const words: string[] = [];

  const quoted = [...text.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim());
  for (const phrase of quoted) {
    if (phrase === '') continue;
    phrases.push(phrase);
    words.push(...segment(phrase));
  }

  const rest = text.replace(QUOTED, ' ').replace(QUESTION_WORDS, ' ');
  for (const chunk of rest.split(' ').filter((c) => c !== '')) {
    let run = '';
    for (const word of segment(chunk)) {
      if (PARTICLES.has(word)) {
        if (run !== '') phrases.push(run);
        run = '';
        continue;
      }
      run += word;
      words.push(word);
    }
    if (run !== '') phrases.push(run);
  }

  const contentWords = [...new Set(words.map((w) => w.trim()).filter((w) => [...w].length >= 2 && !/^\p{P}+$/u.test(w)))];
  return { text, phrases: [...new Set(phrases)], words: contentWords };
}

