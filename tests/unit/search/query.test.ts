import { describe, expect, it } from 'vitest';
import { decodeFoldingTable, encodeFoldingTable, joinSegments, normalizeQueryText, prepareQuery, withoutMissingJoins } from '../../../src/lib/search/query.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const segment = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
const noFolding = (text: string) => text;
const prepare = (raw: string) => prepareQuery(raw, noFolding, segment);

describe('prepareQuery', () => {
  it('treats full-width and half-width input alike', () => {
    expect(normalizeQueryText('ＡＢＣ１２３')).toBe('abc123');
    expect(prepare('１２次')).toEqual(prepare('12次'));
  });

  it('splits a query typed without spaces into words, as if it had them', () => {
    expect(prepare('自媒体普法').words).toEqual(['自媒体', '普法']);
    expect(prepare('自媒体普法').words).toEqual(prepare('自媒体 普法').words);
    expect(prepare('横幅普法资料').words).toEqual(['横幅', '普法', '资料']);
  });

  it('keeps the stretches between filler as phrases that rank higher when held word for word', () => {
    expect(prepare('开发区聘请了哪家律师事务所？').phrases).toEqual(['开发区聘请', '律师事务所']);
    expect(prepare('法律顾问').phrases).toEqual(['法律顾问']);
  });

  it('combines words separated by spaces, ASCII or full-width', () => {
    expect(prepare('法律顾问  合同').words).toEqual(['法律', '顾问', '合同']);
    expect(prepare('法律顾问\u3000合同').words).toEqual(['法律', '顾问', '合同']);
  });

  it('keeps quoted phrases whole, in ASCII or Chinese quotation marks', () => {
    expect(prepare('"普法 宣传"').words).toEqual(['普法 宣传']);
    expect(prepare('“第一议题”').words).toEqual(['第一议题']);
    expect(prepare('「三重一大」 制度').words).toEqual(['三重一大', '制度']);
  });

  it('keeps a number with its measure word', () => {
    expect(prepare('8次').words).toEqual(['8次']);
    expect(prepare('12次').words).toEqual(['12次']);
  });

  it('folds with the table it is given, filler included', () => {
    const fold = (t: string) => t.replace('顧問', '顾问').replace('沒', '没');
    expect(prepareQuery('有沒有法律顧問', fold, segment).words).toEqual(['法律', '顾问']);
  });
});

describe('joinSegments', () => {
  it('joins characters the segmenter left single two by two, and a lone one onto its neighbour', () => {
    expect(joinSegments(['横', '幅', '普', '法']).words).toEqual(['横幅', '普法']);
    expect(joinSegments(['覆盖', '面'])).toEqual({ words: ['覆盖面'], shorter: { 覆盖面: '覆盖' } });
    expect(joinSegments(['自', '媒体'])).toEqual({ words: ['自媒体'], shorter: { 自媒体: '媒体' } });
    expect(joinSegments(['去']).words).toEqual([]);
  });

  it('falls back to the word without its lone character when the joined form occurs nowhere', () => {
    const query = prepare('党员干部去');
    expect(query.words).toContain('干部去');
    expect(withoutMissingJoins(query, (word) => word !== '干部去').words).toEqual(['党员', '干部']);
    expect(withoutMissingJoins(prepare('覆盖面'), () => true).words).toEqual(['覆盖面']);
  });
});

describe('the folding table as the search page carries it', () => {
  it('comes back as it went, one- and two-character entries alike', () => {
    const table = { 顧: '顾', 問: '问', 著力: '着力' };
    expect(encodeFoldingTable(table)).toBe('顧顾 問问 著力着力');
    expect(decodeFoldingTable(encodeFoldingTable(table))).toEqual(table);
    expect(decodeFoldingTable('')).toEqual({});
  });
});
