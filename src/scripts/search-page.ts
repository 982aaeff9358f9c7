/**
 * The search page: reads ?q= (and ?year=), ranks subsections from what the Pagefind index says
 * (src/lib/search/ranking.ts), then loads the text of the results shown only, a page of them at a time.
 * A new search is a new page load of /search/?q=, so searches can be shared as links and the back button works.
 */
import { foldWithTable, prepareQuery, type FoldingTable } from '../lib/search/query.ts';
import { rankMatches, type Match } from '../lib/search/ranking.ts';
import { buildExcerpt, occurrences } from '../lib/search/excerpt.ts';
import { gatherEvidence, loadPagefind, type PagefindResultData } from './search-index.ts';

/** Results listed at once; the reader asks for more. A year's report has about ten subsections. */
const RESULTS_PER_PAGE = 10;

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

/** The result's URL with the words to mark on arrival: /2024/1/?highlight=法律顾问#1-3 */
function resultHref(url: string, matched: string[]): string {
  const [path = '', anchor] = url.split('#');
  const params = new URLSearchParams();
  for (const term of matched) params.append('highlight', term);
  return `${path}?${params}${anchor ? `#${anchor}` : ''}`;
}

function renderResult(match: Match, data: PagefindResultData): HTMLLIElement {
  const title = data.meta['title'] ?? '';
  // The record starts with its heading (see records.ts); the excerpt is drawn from the text after it.
  const content = data.content.startsWith(title) ? data.content.slice(title.length).trim() : data.content;
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = resultHref(data.url, match.matched);
  link.textContent = title;
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  meta.textContent = [message('year', { year: match.year || (data.meta['year'] ?? '') }), data.meta['section']].filter(Boolean).join(' · ');
  if (!match.full) {
    const partial = document.createElement('span');
    partial.className = 'result-partial';
    partial.textContent = message('partial');
    meta.append(' · ', partial);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Built by buildExcerpt: the text is escaped there, and only <mark> elements are added.
  excerpt.innerHTML = buildExcerpt(content, occurrences(content, match.matched));
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
  const more = element<HTMLButtonElement>('.search-more');
  if (raw.trim() === '') {
    input.focus();
    return;
  }

  document.title = `${message('title', { query: raw })} - ${document.title}`;
  status.textContent = message('searching');
  const table = JSON.parse(element<HTMLScriptElement>('#search-folding-table').textContent ?? '{}') as FoldingTable;
  const prepared = prepareQuery(raw, (text) => foldWithTable(text, table), segment);
  const pagefindBase = element<HTMLFormElement>('.site-search').dataset['pagefindBase'] ?? '/pagefind/';

  try {
    const instance = await loadPagefind(pagefindBase);
    const { query, evidence, results } = await gatherEvidence(instance, prepared, year);
    const matches = rankMatches(query, evidence);
    let shown = 0;
    const showMore = async () => {
      const page = matches.slice(shown, shown + RESULTS_PER_PAGE);
      const data = await Promise.all(page.map((match) => results.get(match.id)!.data()));
      list.append(...page.map((match, i) => renderResult(match, data[i]!)));
      shown += page.length;
      more.hidden = shown >= matches.length;
    };
    more.addEventListener('click', () => void showMore());
    await showMore();
    empty.hidden = matches.length > 0;
    const full = matches.filter((m) => m.full).length;
    const values = { query: raw, count: matches.length };
    status.textContent = message(matches.length === 0 ? 'none' : full > 0 ? 'full' : 'partialOnly', values);
  } catch (error) {
    status.textContent = message('failed');
    throw error;
  }
}

void run();
