import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { escapeMdxText, mdxOutline, mdxPlainText, unescapeMdxText } from '../../../src/lib/report/mdx-text.ts';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

// As the site reads MDX: with GFM tables, strike-through and autolinks.
const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });
const nodes = (tree: Node): Node[] => [tree, ...(tree.children ?? []).flatMap(nodes)];
/** The text MDX shows for a paragraph of MDX, and whether it read anything in it as other than text. */
function shownByMdx(mdx: string): { text: string; onlyText: boolean } {
  const all = nodes(processor.parse(mdx) as Node);
  return {
    text: all.flatMap((n) => (n.type === 'text' ? [n.value] : [])).join(''),
    onlyText: all.every((n) => ['root', 'paragraph', 'text'].includes(n.type)),
  };
}

/** Every ASCII punctuation mark: the characters Markdown, JSX and character references can give a meaning to. */
const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const TEXTS = [
  ...PUNCTUATION.flatMap((mark) => [mark, `${mark}研究院${mark}`, `研究院${mark}中心`, `${mark}${mark}${mark}`, `${mark} 开头`]),
  '研究院&中心',
  '&amp; &#105; &#x69; &lt;',
  'import x from "y"',
  'export const a = 1',
  'importance 不是语句',
  '1. 不是列表',
  '12) 不是列表',
  '\\{已有反斜杠\\}',
  '**不加粗** _不斜体_ `不是代码` ~~不删除~~ [不是链接](a.html)',
  '{/* 不是注释 */}',
  '<!-- 不是注释 -->',
];

describe('escapeMdxText and unescapeMdxText', () => {
  it.each(TEXTS)('round-trips %j exactly', (text) => {
    expect(unescapeMdxText(escapeMdxText(text))).toBe(text);
  });

  it.each(TEXTS)('make MDX show %j as that text and nothing else', (text) => {
    expect(shownByMdx(escapeMdxText(text))).toEqual({ text, onlyText: true });
  });

  it.each(TEXTS)('give the plain-text views %j as it was written', (text) => {
    expect(mdxPlainText(escapeMdxText(text))).toBe(text);
  });
});

describe('mdxPlainText', () => {
  it('drops comments, headings marks and emphasis, and undoes escapes', () => {
    const source = '{/*\n填写说明：……\n*/}\n\n## 小标题\n\n严格落实**“第一议题”**制度，\\{1+1\\} \\<b\\>。\n';
    expect(mdxPlainText(source)).toBe('小标题\n\n严格落实“第一议题”制度，{1+1} <b>。');
  });

  it('reads character references as MDX does, wherever they stand', () => {
    expect(mdxPlainText('段落&#105;mport。\n\n&#x4e2d;文')).toBe('段落import。\n\n中文');
  });

  it('leaves plain report text as it is', () => {
    const text = '2024年，新荣经开区坚持依法行政。现将法治政府建设情况报告如下：';
    expect(mdxPlainText(text)).toBe(text);
  });
});

describe('mdxOutline', () => {
  it('splits a section at its ## headings, text before the first one apart', () => {
    const source = '引言段落。\n\n## 第一个方面\n\n**加强**学习。\n\n{/* ## 不是标题 */}\n\n## 第二个方面\n\n完善制度。\n';
    expect(mdxOutline(source)).toEqual({
      text: '引言段落。',
      subsections: [
        { title: '第一个方面', text: '加强学习。' },
        { title: '第二个方面', text: '完善制度。' },
      ],
    });
  });

  it('gives a section without headings its text alone', () => {
    expect(mdxOutline('只有正文。\n')).toEqual({ text: '只有正文。', subsections: [] });
  });
});
