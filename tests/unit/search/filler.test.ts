import { describe, expect, it } from 'vitest';
import { FILLER } from '../../../src/lib/search/filler.ts';
import { prepareQuery } from '../../../src/lib/search/query.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const segment = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
const words = (raw: string) => prepareQuery(raw, (text) => text, segment).words;

describe('conversational filler', () => {
  it('holds each entry once', () => {
    expect(new Set(FILLER).size).toBe(FILLER.length);
  });

  // Each entry between two words of the report, and before and after them: only the two words remain.
  it.each(FILLER)('%s is dropped from a question', (filler) => {
    expect(words(`法律顾问${filler}`), `法律顾问${filler}`).toEqual(['法律', '顾问']);
    expect(words(`${filler}法律顾问`), `${filler}法律顾问`).toEqual(['法律', '顾问']);
    expect(words(`普法 ${filler} 覆盖面`), `普法 ${filler} 覆盖面`).toEqual(['普法', '覆盖面']);
  });

  it('leaves single characters alone inside words (了解, 差距, 有效)', () => {
    expect(words('了解差距')).toEqual(['了解', '差距']);
    expect(words('有效')).toEqual(['有效']);
  });
});
