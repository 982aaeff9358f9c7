import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { searchRecordsOfPage } from '../../../src/lib/search/records.ts';

const page = `<!doctype html><html lang="zh-CN"><body>
<nav>首页 目录</nav>
<article data-pagefind-body data-report-title="2024年报告" data-report-year="2024">
  <p class="report-title">2024年报告</p>
  <h1>一、主要工作成效</h1>
  <div class="report-text">
    <div class="subsection-heading"><h2 id="1-1"><span>（一）</span>学法</h2><a data-pagefind-ignore href="#1-1">#</a></div>
    <p>严格落实“第一议题”制度。</p>
    <p>第二段。</p>
    <div class="subsection-heading"><h2 id="1-2"><span>（二）</span>守法</h2><a data-pagefind-ignore href="#1-2">#</a></div>
    <p>党纪学习教育。</p>
  </div>
</article>
<footer>主办单位</footer>
</body></html>`;

describe('searchRecordsOfPage', () => {
  it('makes one record per subsection, with its anchor, heading, section, report and year', () => {
    const records = searchRecordsOfPage(fromHtml(page), '/2024/1/');
    expect(records).toEqual([
      {
        url: '/2024/1/#1-1',
        content: '（一）学法\n严格落实“第一议题”制度。\n第二段。',
        meta: { title: '（一）学法', section: '一、主要工作成效', report: '2024年报告', year: '2024' },
      },
      {
        url: '/2024/1/#1-2',
        content: '（二）守法\n党纪学习教育。',
        meta: { title: '（二）守法', section: '一、主要工作成效', report: '2024年报告', year: '2024' },
      },
    ]);
  });

  it('makes one record of a report opening, which has no subsections', () => {
    const opening = page
      .replace('<h1>一、主要工作成效</h1>', '<h1>2024年报告</h1>')
      .replace(/<div class="subsection-heading">.*?<\/div>/gs, '');
    const records = searchRecordsOfPage(fromHtml(opening), '/2024/');
    expect(records).toHaveLength(1);
    expect(records[0]?.url).toBe('/2024/');
    expect(records[0]?.meta.section).toBe('');
  });

  it('indexes nothing of a page without report text', () => {
    expect(searchRecordsOfPage(fromHtml('<html><body><nav>首页</nav><p>正文</p></body></html>'), '/')).toEqual([]);
  });
});
