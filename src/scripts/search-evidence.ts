/**
 * What the search page asks of Pagefind. Everything the ranking needs comes from the index itself, with
 * exact searches ("素养") that say which subsections hold a word; only the results shown load their text.
 */
import { withoutMissingJoins, type PreparedQuery } from '../lib/search/query.ts';
import type { IndexEvidence } from '../lib/search/ranking.ts';

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
}

/** Pagefind, run in the search page's own worker (search-worker.ts), for the index of the language `lang`. */
export async function loadPagefind(pagefindBase: string, lang: string): Promise<PagefindInstance> {
  // Pagefind picks its index by the page's <html lang>, which a worker has no page to read.
  Object.assign(self, { document: { querySelector: () => ({ getAttribute: () => lang }) } });
  const pagefind = (await import(/* @vite-ignore */ `${pagefindBase}pagefind.js`)) as {
    createInstance(options: Record<string, unknown>): PagefindInstance;
  };
  // Not Pagefind's own worker: this code runs in one already, and that worker would be 12 KB more to download.
  const instance = pagefind.createInstance({ basePath: pagefindBase, noWorker: true });
  // Record URLs already carry the site's base path.
  await instance.options({ baseUrl: '/' });
  return instance;
}


/** Which subsections hold each word and phrase, how many there are, and which of them may be shown. */
export async function gatherEvidence(
  instance: PagefindInstance,
  prepared: PreparedQuery,
  year: string,
): Promise<{ query: PreparedQuery; evidence: IndexEvidence; results: Map<string, PagefindResult> }> {
  const counts = (await instance.filters())['year'] ?? {};
  const years = Object.keys(counts);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const yearOf = new Map<string, string>();
  if (years.length === 1) yearOf.set('*', years[0]!);
  else {
    for (const y of years) {
      const { results } = await instance.search(null, { filters: { year: [y] } });
      for (const result of results) yearOf.set(result.id, y);
    }
  }
  const exactHits = new Map<string, PagefindResult[]>();
  const exactSearch = async (term: string) => {
    if (!exactHits.has(term)) {
      exactHits.set(term, (await instance.search(`"${term}"`)).results);
    }
    return exactHits.get(term)!;
  };
  for (const [joined, shorter] of Object.entries(prepared.shorter)) {
    if ((await exactSearch(joined)).length === 0) await exactSearch(shorter);
  }
  const query = withoutMissingJoins(prepared, (word) => (exactHits.get(word)?.length ?? 1) > 0);

  const holders = new Map<string, string[]>();
  const results = new Map<string, PagefindResult>();
  const scores = new Map<string, number>();
  for (const term of [...query.words, ...query.phrases]) {
    const exact = await exactSearch(term);
    holders.set(term, exact.map((r) => r.id));
    if (!query.words.includes(term)) continue;
    for (const result of exact) results.set(result.id, result);
    // The exact search scores every hit alike; the plain one weighs how much of the subsection the word is.
    for (const result of (await instance.search(term)).results) scores.set(result.id, (scores.get(result.id) ?? 0) + result.score);
  }
  const candidates: IndexEvidence['candidates'] = new Map();
  for (const id of results.keys()) {
    const candidateYear = yearOf.get(id) ?? yearOf.get('*') ?? '';
    if (year === '' || candidateYear === year) candidates.set(id, { year: candidateYear, score: scores.get(id) ?? 0 });
  }
  return { query, evidence: { total, holders, candidates }, results };
}
