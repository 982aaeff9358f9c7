import { describe, expect, it } from 'vitest';
import { buildExcerpt, rankResults, type SearchCandidate } from '../../../src/lib/search/ranking.ts';
import type { PreparedQuery } from '../../../src/lib/search/query.ts';

const candidate = (url: string, content: string, title = '标题'): SearchCandidate => ({
  url,
  title,
  content,
  year: '2024',
  section: '一、主要工作成效',
  score: 1,
});

const query = (phrases: string[], words = phrases): PreparedQuery => ({ text: phrases.join(' '), phrases, words });

describe('rankResults', () => {
  const candidates = [
    candidate('/a', '推动法律进企业，发放安全生产手册。'),
    candidate('/b', '完善法律顾问制度，聘请律师事务所担任法律顾问。'),
    candidate('/c', '强化法治培训教育，组织专题培训。'),
  ];

  it('puts verbatim matches before partial ones and labels the rest partial', () => {
    const results = rankResults(query(['安全生产手册法律顾问'], ['安全', '生产', '手册', '法律', '顾问']), [
      ...candidates,
      candidate('/d', '编印安全生产手册法律顾问专册。'),
    ]);
    expect(results.map((r) => [r.url, r.exact])).toEqual([
      ['/d', true],
      ['/a', false],
    ]);
  });

  it('shows a partial match only when it holds more than half of the query', () => {
    const results = rankResults(query(['法律顾问培训'], ['法律', '顾问', '培训']), candidates);
    expect(results.map((r) => [r.url, r.exact])).toEqual([['/b', false]]);
  });

  it('shows nothing when none of the words occur', () => {
    expect(rankResults(query(['区块链'], ['区块链']), candidates)).toEqual([]);
    expect(rankResults(query(['疫情防控'], ['疫情', '防控']), candidates)).toEqual([]);
  });

  it('matches across punctuation in the text', () => {
    const results = rankResults(query(['人人讲安全个个会应急']), [candidate('/x', '开展以“人人讲安全、个个会应急”为主题的培训')]);
    expect(results[0]?.exact).toBe(true);
    expect(results[0]?.excerptHtml).toContain('<mark>人人讲安全、个个会应急</mark>');
  });

  it('needs every phrase of a combined query for an exact match', () => {
    const results = rankResults(query(['法律顾问', '培训']), candidates);
    expect(results.filter((r) => r.exact)).toEqual([]);
  });
});

describe('buildExcerpt', () => {
  it('escapes the text and marks the matches', () => {
    expect(buildExcerpt('a<b>c法律顾问d', [[5, 9]])).toBe('a&lt;b&gt;c<mark>法律顾问</mark>d');
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
