/**
 * Precision first: a subsection that contains every phrase of the query (punctuation aside) is an exact
 * match and comes before any partial one. A partial match must contain words that make up more than half of
 * the query's characters; anything less is not shown, so a query whose words are absent finds nothing.
 */
import type { PreparedQuery } from './query.ts';
import { escapeMarkup } from '../publishing/escape-markup.ts';

export interface SearchCandidate {
  url: string;
  title: string;
  content: string;
  year: string;
  section: string;
  /** Pagefind's own score, used only to break ties. */
  score: number;
}

export interface RankedResult extends SearchCandidate {
  exact: boolean;
  /** Terms to highlight on the target page. */
  matched: string[];
  /** A short passage around the first match, HTML-escaped, with matches in <mark>. */
  excerptHtml: string;
}

const IGNORED = /[\p{P}\p{S}\s]/u;

/** Text without punctuation and spaces, with a map from its positions back into the original. */
function stripped(text: string): { value: string; positions: number[] } {
  let value = '';
  const positions: number[] = [];
  let index = 0;
  for (const char of text) {
    if (!IGNORED.test(char)) {
      value += char;
      for (let unit = 0; unit < char.length; unit++) positions.push(index + unit);
    }
    index += char.length;
  }
  return { value, positions };
}

const strip = (text: string) => stripped(text).value;

/** Where each term occurs in text, as [start, end) ranges of the original text, punctuation inside a match allowed. */
function occurrences(text: string, terms: string[]): Array<[number, number]> {
  const { value, positions } = stripped(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const needle = strip(term);
    if (needle === '') continue;
    for (let at = value.indexOf(needle); at !== -1; at = value.indexOf(needle, at + needle.length)) {
      ranges.push([positions[at]!, positions[at + needle.length - 1]! + 1]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

function countOf(haystack: string, needle: string): number {
  const n = strip(needle);
  if (n === '') return 0;
  return haystack.split(n).length - 1;
}

/** About `length` characters of text around the first range, with every range inside it marked. */
export function buildExcerpt(text: string, ranges: Array<[number, number]>, length = 64): string {
  const first = ranges[0];
  const start = first ? Math.max(0, Math.min(first[0] - Math.floor(length / 3), text.length - length)) : 0;
  const end = Math.min(text.length, start + length);
  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= cursor || from >= end) continue;
    const markFrom = Math.max(from, cursor);
    const markTo = Math.min(to, end);
    html += escapeMarkup(text.slice(cursor, markFrom)) + `<mark>${escapeMarkup(text.slice(markFrom, markTo))}</mark>`;
    cursor = markTo;
  }
  html += escapeMarkup(text.slice(cursor, end)) + (end < text.length ? '…' : '');
  return html;
}

export function rankResults(query: PreparedQuery, candidates: SearchCandidate[]): RankedResult[] {
  const queryLength = query.phrases.reduce((sum, p) => sum + [...strip(p)].length, 0);
  const ranked: Array<{ result: RankedResult; order: number[] }> = [];

  for (const candidate of candidates) {
    const haystack = strip(`${candidate.title}${candidate.content}`);
    const exact = query.phrases.length > 0 && query.phrases.every((p) => countOf(haystack, p) > 0);
    const matchedWords = query.words.filter((w) => countOf(haystack, w) > 0);
    const matchedLength = matchedWords.reduce((sum, w) => sum + [...w].length, 0);
    const coverage = queryLength === 0 ? 0 : Math.min(1, matchedLength / queryLength);
    if (!exact && coverage <= 0.5) continue;
    const matched = exact ? query.phrases : matchedWords;
    const hits = matched.reduce((sum, term) => sum + countOf(haystack, term), 0);
    const inTitle = matched.some((term) => strip(candidate.title).includes(strip(term))) ? 1 : 0;
    ranked.push({
      result: {
        ...candidate,
        exact,
        matched,
        excerptHtml: buildExcerpt(candidate.content, occurrences(candidate.content, matched)),
      },
      order: [exact ? 1 : 0, coverage, inTitle, hits, candidate.score],
    });
  }

  ranked.sort((a, b) => {
    for (let i = 0; i < a.order.length; i++) {
      const difference = b.order[i]! - a.order[i]!;
      if (difference !== 0) return difference;
    }
    return 0;
  });
  return ranked.map(({ result }) => result);
}
