import { describe, expect, it } from 'vitest';
import { mdxOutline, mdxPlainText } from '../../../src/lib/report/mdx-text.ts';

describe('mdxPlainText', () => {
  it('drops comments, headings marks and emphasis, and undoes escapes', () => {
    const source = '{/*\n填写说明：……\n*/}\n\n## 小标题\n\n严格落实**“第一议题”**制度，\\{1+1\\} \\<b\\>。\n';
    expect(mdxPlainText(source)).toBe('小标题\n\n严格落实“第一议题”制度，{1+1} <b>。');
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
