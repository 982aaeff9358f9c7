import { describe, expect, it } from 'vitest';
import { buildExcerpt, occurrences } from '../../../src/lib/search/excerpt.ts';

describe('buildExcerpt', () => {
  it('escapes the text and marks the matches', () => {
    expect(buildExcerpt('a<b>c法律顾问d', [[5, 9]])).toBe('a&lt;b&gt;c<mark>法律顾问</mark>d');
  });

  it('marks a match across punctuation in the text', () => {
    const text = '开展以“人人讲安全、个个会应急”为主题的培训';
    expect(buildExcerpt(text, occurrences(text, ['人人讲安全个个会应急']))).toContain('<mark>人人讲安全、个个会应急</mark>');
  });

  it('marks each of several words', () => {
    const text = '法律专业人才匮乏，行政执法人员的法律素养';
    expect(buildExcerpt(text, occurrences(text, ['素养', '人才']))).toBe('法律专业<mark>人才</mark>匮乏，行政执法人员的法律<mark>素养</mark>');
  });

  it('cuts long text around the first match with ellipses', () => {
    const text = `${'前'.repeat(100)}法律顾问${'后'.repeat(100)}`;
    const html = buildExcerpt(text, [[100, 104]], 30);
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>法律顾问</mark>');
    expect(html.replace(/<\/?mark>|…/g, '')).toHaveLength(30);
  });
});
