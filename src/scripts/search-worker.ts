/**
 * The search page's worker: Pagefind (its WebAssembly, the index, the exact searches for each word), the
 * ranking and the excerpts run here, off the page's main thread, so that the page stays responsive while
 * the first search starts up. Only the results shown load their text, a page of them at a time.
 */
import { decodeFoldingTable, foldWithTable, prepareQuery } from '../lib/search/query.ts';
import { rankMatches, type Match } from '../lib/search/ranking.ts';
import { buildExcerpt, occurrences } from '../lib/search/excerpt.ts';
import { gatherEvidence, loadPagefind, type PagefindResultData } from './search-evidence.ts';
import type { MoreRequest, SearchReply, SearchRequest, ShownResult } from './search-messages.ts';

/** Results listed at once; the reader asks for more. A year's report has about ten subsections. */
const RESULTS_PER_PAGE = 10;

/** The result's URL with the words to mark on arrival: /2024/1/?highlight=法律顾问#1-3 */
function resultHref(url: string, matched: string[]): string {
  const [path = '', anchor] = url.split('#');
  const params = new URLSearchParams();
  for (const term of matched) params.append('highlight', term);
  return `${path}?${params}${anchor ? `#${anchor}` : ''}`;
}

function shown(match: Match, data: PagefindResultData): ShownResult {
  const title = data.meta['title'] ?? '';
  // The record starts with its heading (see records.ts); the excerpt is drawn from the text after it.
  const content = data.content.startsWith(title) ? data.content.slice(title.length).trim() : data.content;
  return {
    href: resultHref(data.url, match.matched),
    title,
    year: match.year || (data.meta['year'] ?? ''),
    section: data.meta['section'] ?? '',
    partial: !match.full,
    excerptHtml: buildExcerpt(content, occurrences(content, match.matched)),
  };
}

let nextPage: (() => Promise<SearchReply>) | undefined;

async function search(request: SearchRequest): Promise<SearchReply> {
  const segmenter = new Intl.Segmenter(request.lang, { granularity: 'word' });
  const segment = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  const table = decodeFoldingTable(request.foldingTable);
  const prepared = prepareQuery(request.raw, (text) => foldWithTable(text, table), segment);
  const instance = await loadPagefind(request.pagefindBase, request.lang);
  const { query, evidence, results } = await gatherEvidence(instance, prepared, request.year);
  const matches = rankMatches(query, evidence);
  const full = matches.filter((m) => m.full).length;
  let listed = 0;
  nextPage = async () => {
    const page = matches.slice(listed, listed + RESULTS_PER_PAGE);
    const data = await Promise.all(page.map((match) => results.get(match.id)!.data()));
    listed += page.length;
    return { type: 'results', results: page.map((match, i) => shown(match, data[i]!)), total: matches.length, full, more: listed < matches.length };
  };
  return nextPage();
}

self.addEventListener('message', (event: MessageEvent<SearchRequest | MoreRequest>) => {
  const reply = event.data.type === 'search' ? search(event.data) : (nextPage?.() ?? Promise.reject(new Error('no search yet')));
  reply.then(
    (message) => self.postMessage(message),
    (error: unknown) => self.postMessage({ type: 'failed', error: String(error) } satisfies SearchReply),
  );
});
