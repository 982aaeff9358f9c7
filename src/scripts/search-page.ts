/**
 * The search page: reads ?q= (and ?year=), asks Pagefind for candidate subsections, ranks them precision
 * first (src/lib/search/ranking.ts) and lists them. A new search is a new page load of /search/?q=, so
 * searches can be shared as links and the back button works.
 */
import { foldWithTable, prepareQuery, type FoldingTable } from '../lib/search/query.ts';
import { rankResults, type RankedResult, type SearchCandidate } from '../lib/search/ranking.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
}

interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{
    results: Array<{ id: string; score: number; data(): Promise<PagefindResultData> }>;
  }>;
}

/** How many of Pagefind's candidates are read and ranked; far more than a report has subsections. */
const MAX_CANDIDATES = 40;

const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
const segment = (text: string): string[] =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}

/** A message of the page (in its edition's characters), with %placeholders% filled in. */
function message(key: string, values: Record<string, string | number> = {}): string {
  const template = element<HTMLElement>(`[data-message="${key}"]`).textContent ?? '';
  return template.replace(/%(\w+)%/g, (_, name: string) => String(values[name] ?? ''));
}

async function loadPagefind(pagefindBase: string): Promise<PagefindInstance> {
  const pagefind = (await import(/* @vite-ignore */ `${pagefindBase}pagefind.js`)) as {
    createInstance(options: Record<string, unknown>): PagefindInstance;
  };
  // No worker: the index is tiny, and a worker would be one more file to download before the first result.
  const instance = pagefind.createInstance({ basePath: pagefindBase, noWorker: true });
  // Record URLs already carry the site's base path.
  await instance.options({ baseUrl: '/' });
  return instance;
}

async function candidatesFor(instance: PagefindInstance, terms: string[], year: string): Promise<SearchCandidate[]> {
  const filters = year ? { year: [year] } : {};
  const seen = new Map<string, { score: number; data(): Promise<PagefindResultData> }>();
  for (const term of terms) {
    if (term.trim() === '') continue;
    const { results } = await instance.search(term, { filters });
    for (const result of results) if (!seen.has(result.id)) seen.set(result.id, result);
  }
  const top = [...seen.values()].sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES);
  return Promise.all(
    top.map(async (result) => {
      const data = await result.data();
      const title = data.meta['title'] ?? '';
      return {
        url: data.url,
        title,
        // The record starts with its heading (see search-records.ts); the excerpt is drawn from the text after it.
        content: data.content.startsWith(title) ? data.content.slice(title.length).trim() : data.content,
        year: data.meta['year'] ?? '',
        section: data.meta['section'] ?? '',
        score: result.score,
      };
    }),
  );
}

/** The result's URL with the words to mark on arrival: /2024/1/?highlight=法律顾问#1-3 */
function resultHref(result: RankedResult): string {
  const [path = '', anchor] = result.url.split('#');
  const params = new URLSearchParams();
  for (const term of result.matched) params.append('highlight', term);
  return `${path}?${params}${anchor ? `#${anchor}` : ''}`;
}

function renderResult(result: RankedResult): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = resultHref(result);
  link.textContent = result.title;
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  meta.textContent = [message('year', { year: result.year }), result.section].filter(Boolean).join(' · ');
  if (!result.exact) {
    const partial = document.createElement('span');
    partial.className = 'result-partial';
    partial.textContent = message('partial');
    meta.append(' · ', partial);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Built by buildExcerpt: the text is escaped there, and only <mark> elements are added.
  excerpt.innerHTML = result.excerptHtml;
  item.append(link, meta, excerpt);
  return item;
}

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const raw = params.get('q') ?? '';
  const year = params.get('year') ?? '';
  const input = element<HTMLInputElement>('#search-q');
  const headerInput = document.querySelector<HTMLInputElement>('#site-search-q');
  input.value = raw;
  if (headerInput) headerInput.value = raw;
  const yearSelect = document.querySelector<HTMLSelectElement>('#search-year');
  if (yearSelect) yearSelect.value = year;

  const status = element<HTMLParagraphElement>('.search-status');
  const list = element<HTMLOListElement>('.search-results');
  const empty = element<HTMLDivElement>('.search-empty');
  if (raw.trim() === '') {
    input.focus();
    return;
  }

  document.title = `${message('title', { query: raw })} - ${document.title}`;
  status.textContent = message('searching');
  const table = JSON.parse(element<HTMLScriptElement>('#search-folding-table').textContent ?? '{}') as FoldingTable;
  const query = prepareQuery(raw, (text) => foldWithTable(text, table), segment);
  const pagefindBase = element<HTMLFormElement>('.site-search').dataset['pagefindBase'] ?? '/pagefind/';

  try {
    const instance = await loadPagefind(pagefindBase);
    const candidates = await candidatesFor(instance, [query.phrases.join(' '), query.words.join(' ')], year);
    const results = rankResults(query, candidates);
    const exactCount = results.filter((r) => r.exact).length;
    list.replaceChildren(...results.map(renderResult));
    empty.hidden = results.length > 0;
    const values = { query: raw, count: results.length, exact: exactCount };
    status.textContent = message(results.length === 0 ? 'none' : exactCount === results.length ? 'allExact' : 'somePartial', values);
  } catch (error) {
    status.textContent = message('failed');
    throw error;
  }
}

void run();
