/** A miss gets the page not found of the edition the reader was in, with status 404, as dist/_redirects asks. */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { readableText, select, selectAll } from '../support/dist.ts';
import { serveSite } from '../support/server.ts';

async function miss(path: string) {
  const site = await serveSite();
  try {
    const response = await fetch(new URL(path, site.url));
    const tree = fromHtml(await response.text());
    return {
      status: response.status,
      lang: String(select('html', tree)?.properties['lang']),
      heading: readableText(select('h1', tree)!),
      links: selectAll('main a', tree).map((a) => String(a.properties['href'])),
    };
  } finally {
    await site.close();
  }
}

describe('pages not found', () => {
  it('answer a miss under /hant/ in traditional characters, with links back into the traditional edition', async () => {
    const answer = await miss('hant/2024/99/');
    expect(answer).toMatchObject({ status: 404, lang: 'zh-Hant', heading: '頁面未找到' });
    expect(answer.links.length).toBeGreaterThan(0);
    expect(answer.links.every((href) => href.startsWith('/hant/'))).toBe(true);
  });

  it('answer any other miss in simplified characters', async () => {
    expect(await miss('2024/99/')).toMatchObject({ status: 404, lang: 'zh-CN', heading: '页面未找到' });
    expect(await miss('hantx/')).toMatchObject({ status: 404, lang: 'zh-CN' });
  });
});
