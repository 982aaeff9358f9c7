import { describe, expect, it } from 'vitest';
import { MIN_PARTIAL_COVERAGE, rankMatches, wordWeight, type IndexEvidence } from '../../../src/lib/search/ranking.ts';
import type { PreparedQuery } from '../../../src/lib/search/query.ts';

const query = (words: string[], phrases: string[] = []): PreparedQuery => ({ text: words.join(''), words, phrases, shorter: {} });

/** Ten subsections of one year; `holders` says which hold each word. */
function evidence(holders: Record<string, string[]>, years: Record<string, string> = {}, scores: Record<string, number> = {}): IndexEvidence {
  const ids = Array.from({ length: 10 }, (_, i) => `s${i}`);
  return {
    total: ids.length,
    holders: new Map(Object.entries(holders)),
    candidates: new Map(ids.map((id) => [id, { year: years[id] ?? '2024', score: scores[id] ?? 0 }])),
  };
}

const common = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'];

describe('wordWeight', () => {
  it('weighs rare words more than common ones, and absent words most', () => {
    expect(wordWeight(0, 10)).toBeGreaterThan(wordWeight(1, 10));
    expect(wordWeight(1, 10)).toBeGreaterThan(wordWeight(7, 10));
    expect(wordWeight(10, 10)).toBeGreaterThan(0);
  });
});

describe('rankMatches', () => {
  it('lists only full matches when a subsection holds every word, however far apart', () => {
    const matches = rankMatches(query(['自媒体', '普法']), evidence({ 自媒体: ['s9'], 普法: ['s3', 's8', 's9'] }));
    expect(matches.map((m) => [m.id, m.full])).toEqual([['s9', true]]);
  });

  it('without a full match, shows the subsections holding the rare words, labelled partial', () => {
    const matches = rankMatches(query(['干部', '法律', '素养']), evidence({ 干部: ['s0', 's1', 's2', 's3', 's4'], 法律: common, 素养: ['s8'] }));
    expect(matches[0]).toMatchObject({ id: 's8', full: false, matched: ['素养'] });
    expect(matches.every((m) => m.coverage > MIN_PARTIAL_COVERAGE)).toBe(true);
  });

  it('shows nothing for a topic whose own word is absent, though its common word is everywhere', () => {
    expect(rankMatches(query(['法律', '援助']), evidence({ 法律: common, 援助: [] }))).toEqual([]);
    expect(rankMatches(query(['医疗', '保险']), evidence({ 医疗: [], 保险: ['s5'] }))).toEqual([]);
    expect(rankMatches(query(['诉讼']), evidence({ 诉讼: [] }))).toEqual([]);
  });

  it('puts a subsection holding the query word for word before one holding its words apart', () => {
    const matches = rankMatches(
      query(['法治', '环境'], ['法治环境']),
      evidence({ 法治: common, 环境: ['s1', 's2'], 法治环境: ['s2'] }, {}, { s1: 9, s2: 1 }),
    );
    expect(matches.map((m) => m.id)).toEqual(['s2', 's1']);
    expect(matches[0]!.matched).toEqual(['法治环境']);
  });

  it('puts the newer year first between equally good matches, then the index score', () => {
    const matches = rankMatches(
      query(['法律', '顾问']),
      evidence({ 法律: ['s1', 's2', 's3'], 顾问: ['s1', 's2', 's3'] }, { s1: '2023', s2: '2025', s3: '2025' }, { s1: 9, s2: 1, s3: 2 }),
    );
    expect(matches.map((m) => m.id)).toEqual(['s3', 's2', 's1']);
  });

  it('ranks only the candidates it is given (the chosen year)', () => {
    const given = evidence({ 普法: ['s3', 's8'] });
    given.candidates.delete('s3');
    expect(rankMatches(query(['普法']), given).map((m) => m.id)).toEqual(['s8']);
  });
});
