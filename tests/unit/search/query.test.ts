import { describe, expect, it } from 'vitest';
import { normalizeQueryText, prepareQuery } from '../../../src/lib/search/query.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const segment = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
const noFolding = (text: string) => text;
const prepare = (raw: string) => prepareQuery(raw, noFolding, segment);

describe('prepareQuery', () => {
  it('treats full-width and half-width input alike', () => {
    expect(normalizeQueryText('ＡＢＣ１２３')).toBe('abc123');
    expect(prepare('１２次')).toEqual(prepare('12次'));
  });

  it('keeps a plain query whole as the phrase to find', () => {
    expect(prepare('工伤保险条例').phrases).toEqual(['工伤保险条例']);
  });

  it('combines words separated by spaces', () => {
    expect(prepare('法律顾问  合同').phrases).toEqual(['法律顾问', '合同']);
    expect(prepare('法律顾问\u3000合同').phrases).toEqual(['法律顾问', '合同']);
  });

  it('keeps quoted phrases exact, in ASCII or Chinese quotation marks', () => {
    expect(prepare('"普法 宣传"').phrases).toEqual(['普法 宣传']);
    expect(prepare('“第一议题”').phrases).toEqual(['第一议题']);
    expect(prepare('「三重一大」 制度').phrases).toEqual(['三重一大', '制度']);
  });

  it('drops question words, splitting the question around them', () => {
    const query = prepare('开发区聘请了哪家律师事务所？');
    expect(query.phrases).toEqual(['开发区聘请', '律师事务所']);
    expect(query.words).not.toContain('哪家');
    expect(query.words).not.toContain('了');
  });

  it('folds with the table it is given', () => {
    expect(prepareQuery('法律顧問', (t) => t.replace('顧問', '顾问'), segment).phrases).toEqual(['法律顾问']);
  });
});
