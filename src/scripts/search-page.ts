/**
 * The search page: reads ?q= (and ?year=), hands the search to its worker (search-worker.ts), which ranks
 * subsections from what the Pagefind index says and sends the results shown, and lists them. A new search is
 * a new page load of /search/?q=, so searches can be shared as links and the back button works.
 */
import type { SearchReply, SearchRequest, ShownResult } from './search-messages.ts';

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

function renderResult(result: ShownResult): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.href;
  link.textContent = result.title;
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  meta.textContent = [message('year', { year: result.year }), result.section].filter(Boolean).join(' · ');
  if (result.partial) {
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

function run(): void {
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
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    if (reply.type === 'failed') {
      status.textContent = message('failed');
      throw new Error(reply.error);
    }
    list.append(...reply.results.map(renderResult));
    more.hidden = !reply.more;
    empty.hidden = reply.total > 0;
    const values = { query: raw, count: reply.total };
    status.textContent = message(reply.total === 0 ? 'none' : reply.full > 0 ? 'full' : 'partialOnly', values);
  });
  worker.addEventListener('error', () => (status.textContent = message('failed')));
  more.addEventListener('click', () => worker.postMessage({ type: 'more' }));
  const request: SearchRequest = {
    type: 'search',
    raw,
    year,
    lang: document.documentElement.lang,
    foldingTable: element<HTMLTemplateElement>('#search-folding-table').content.textContent ?? '',
    pagefindBase: element<HTMLFormElement>('.site-search').dataset['pagefindBase'] ?? '/pagefind/',
  };
  worker.postMessage(request);
}

run();
