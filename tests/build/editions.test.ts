/** The traditional edition: every page's twin under hant/, converted at build time, linked both ways. */
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { listPages, readPage, readableText, select, selectAll, selectOne } from '../support/dist.ts';
import { site } from '../../src/site.config.ts';

const attr = (element: Element | undefined, name: string) => String(element?.properties[name] ?? '');
const absolute = (path: string) => new URL(path, new URL(site.base, site.origin)).href;

describe('the traditional edition', () => {
  it('has a twin of every simplified page', async () => {
    const pages = await listPages();
    const simplified = pages.filter((p) => !p.startsWith('hant/'));
    expect(pages.filter((p) => p.startsWith('hant/')).sort()).toEqual(simplified.map((p) => `hant/${p}`).sort());
  });

  it('carries hreflang alternates both ways on every page', async () => {
    for (const page of await listPages()) {
      // A page not found has no place in the other edition to point at.
      if (page.endsWith('404.html')) continue;
      const twin = page.startsWith('hant/') ? page.slice('hant/'.length) : `hant/${page}`;
      const [hans, hant] = page.startsWith('hant/') ? [twin, page] : [page, twin];
      const tree = await readPage(page);
      expect(attr(select('link[rel="alternate"][hreflang="zh-CN"]', tree), 'href'), page).toBe(absolute(hans));
      expect(attr(select('link[rel="alternate"][hreflang="zh-Hant"]', tree), 'href'), page).toBe(absolute(hant));
      expect(attr(select('link[rel="canonical"]', tree), 'href'), page).toBe(absolute(page));
    }
  });

  it('has a switch on every page that leads to the same page in the other edition', async () => {
    for (const page of await listPages()) {
      if (page.endsWith('404.html') || page.endsWith('poster/')) continue;
      const twin = page.startsWith('hant/') ? page.slice('hant/'.length) : `hant/${page}`;
      const links = selectAll('.edition-switch a', await readPage(page)).map((a) => attr(a, 'href'));
      expect(links, page).toEqual([`${site.base}${twin}`]);
    }
  });

  it('is written in traditional characters, with the switch back to 简体 left as it is', async () => {
    const tree = await readPage('hant/2024/3/');
    const text = readableText(selectOne(tree, 'article'));
    expect(text).toContain('著力補短板、強弱項');
    expect(text).toContain('幹部職工');
    expect(text).not.toMatch(/[开发区党着]/);
    expect(readableText(selectOne(tree, '.edition-switch'))).toBe('简体');
    expect(attr(selectOne(tree, '.edition-switch a'), 'lang')).toBe('zh-CN');
    expect(readableText(selectOne(tree, 'title'))).toContain('新榮經濟技術開發區');
  });

  it('keeps the same anchors as the simplified pages', async () => {
    for (const n of [1, 2, 3]) {
      const ids = async (page: string) => selectAll('article [id]', await readPage(page)).map((e) => attr(e, 'id'));
      expect(await ids(`hant/2024/${n}/`)).toEqual(await ids(`2024/${n}/`));
    }
  });

  it('links within itself: contents, pager, breadcrumbs and search stay in the edition', async () => {
    const tree = await readPage('hant/2024/2/');
    const hrefs = selectAll('main a[href^="/"], header a[href^="/"], header form', tree)
      .filter((e) => attr(e, 'hrefLang') === '')
      .map((e) => attr(e, 'href') || attr(e, 'action'));
    const outside = hrefs.filter((href) => !href.startsWith(`${site.base}hant/`));
    expect(outside).toEqual([]);
  });
});
