import { describe, expect, it } from 'vitest';
import { mdxPlainText } from '../../../src/lib/report/mdx-text.ts';

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
