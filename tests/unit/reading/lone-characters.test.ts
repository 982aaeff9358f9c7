import { describe, expect, it } from 'vitest';
import { keepLastCharactersTogether, keepTitleEndingsTogether } from '../../../src/lib/reading/lone-characters.ts';

const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

describe('the last characters of headings and titles held together', () => {
  it('wraps the last two characters of a heading, and only adds markup', () => {
    const heading = '<h1>新荣经济技术开发区2024年法治政府建设年度报告</h1>';
    const kept = keepTitleEndingsTogether(heading);
    expect(kept).toBe('<h1>新荣经济技术开发区2024年法治政府建设年度<span class="keep-together">报告</span></h1>');
    expect(textOf(kept)).toBe(textOf(heading));
  });

  it('takes closing marks along with the two characters before them', () => {
    expect(keepLastCharactersTogether('阅读全文（适合通读和打印）')).toBe('阅读全文（适合通读和<span class="keep-together">打印）</span>');
    expect(keepLastCharactersTogether('关于“八五”普法。”')).toBe('关于“八五”<span class="keep-together">普法。”</span>');
  });

  it('works inside the markup of a heading: numbers before, a link around', () => {
    expect(keepTitleEndingsTogether('<h2 id="1-1"><span class="subsection-number">（一）</span>坚持党的领导</h2>')).toBe(
      '<h2 id="1-1"><span class="subsection-number">（一）</span>坚持党的<span class="keep-together">领导</span></h2>',
    );
    expect(keepTitleEndingsTogether('<h2>\n<a href="/2024/">年度报告</a>\n</h2>')).toBe('<h2>\n<a href="/2024/">年度<span class="keep-together">报告</span></a>\n</h2>');
  });

  it('covers p and a elements marked as titles, and nothing else', () => {
    expect(keepTitleEndingsTogether('<a class="title" href="#1">一、主要工作成效</a>')).toBe('<a class="title" href="#1">一、主要工作<span class="keep-together">成效</span></a>');
    expect(keepTitleEndingsTogether('<p class="report-title title">年度报告</p>')).toBe('<p class="report-title title">年度<span class="keep-together">报告</span></p>');
    for (const other of ['<p>正文段落的文字</p>', '<a href="#">返回目录</a>', '<p class="subtitle-less">正文</p>', '<path d="M0 0"></path>']) {
      expect(keepTitleEndingsTogether(other)).toBe(other);
    }
  });

  it('leaves alone what has nothing to hold together', () => {
    for (const short of ['<h2>一</h2>', '<h2>报告</h2>', '<h2></h2>']) expect(keepTitleEndingsTogether(short)).toBe(short);
  });

  it('counts an entity as one character', () => {
    expect(keepLastCharactersTogether('甲乙&amp;丙')).toBe('甲乙<span class="keep-together">&amp;丙</span>');
  });
});
