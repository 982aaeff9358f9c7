/** The passage shown under a search result: the subsection's text around the first match, with matches marked. */
import { escapeMarkup } from '../publishing/escape-markup.ts';

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

/** Where each term occurs in text, as [start, end) ranges of the original text, punctuation inside a match allowed. */
export function occurrences(text: string, terms: string[]): Array<[number, number]> {
  const { value, positions } = stripped(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const needle = stripped(term).value;
    if (needle === '') continue;
    for (let at = value.indexOf(needle); at !== -1; at = value.indexOf(needle, at + needle.length)) {
      ranges.push([positions[at]!, positions[at + needle.length - 1]! + 1]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
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
