/** What the search page and its worker say to each other. */

/** Page → worker: a search to run. */
export interface SearchRequest {
  type: 'search';
  raw: string;
  /** Only this year's reports, or '' for all. */
  year: string;
  /** The page's <html lang>, for the word segmenter and Pagefind's index. */
  lang: string;
  /** The edition's folding table, as the page carries it (encodeFoldingTable). */
  foldingTable: string;
  pagefindBase: string;
}

/** Page → worker: the next results of the same search. */
export interface MoreRequest {
  type: 'more';
}

/** A result ready to list. */
export interface ShownResult {
  /** /2024/1/?highlight=法律顾问#1-3 */
  href: string;
  title: string;
  year: string;
  section: string;
  /** Holds some of the query's words only (部分匹配). */
  partial: boolean;
  /** Escaped text with <mark> elements only (buildExcerpt). */
  excerptHtml: string;
}

/** Worker → page. */
export type SearchReply =
  | { type: 'results'; results: ShownResult[]; total: number; full: number; more: boolean }
  | { type: 'failed'; error: string };
