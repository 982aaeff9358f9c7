/** Running a search on the built site's search page, as a reader would. */
import type { Page } from 'playwright-core';

export interface ShownResult {
  href: string;
  title: string;
  meta: string;
  excerptHtml: string;
}

/** Opens /search/?q=… and waits until the page says how the search went. */
export async function searchFor(page: Page, siteUrl: string, query: string, year = ''): Promise<{ status: string; results: ShownResult[] }> {
  const params = new URLSearchParams({ q: query });
  if (year) params.set('year', year);
  await page.goto(`${siteUrl}search/?${params}`);
  await page.waitForFunction(() => {
    const text = document.querySelector('.search-status')?.textContent ?? '';
    return text !== '' && !text.startsWith('正在');
  });
  return page.evaluate(() => ({
    status: document.querySelector('.search-status')?.textContent ?? '',
    results: [...document.querySelectorAll('ol.search-results > li')].map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('a')?.textContent ?? '',
      meta: li.querySelector('.result-meta')?.textContent ?? '',
      excerptHtml: li.querySelector('.result-excerpt')?.innerHTML ?? '',
    })),
  }));
}

/** /2024/1/?highlight=x#1-3 → 1-3; /2024/?highlight=x → opening */
export function subsectionOf(href: string): string {
  const anchor = href.split('#')[1];
  return anchor ?? 'opening';
}
