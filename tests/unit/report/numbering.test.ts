import { describe, expect, it } from 'vitest';
import { chineseNumeral, parseChineseNumeral, sectionLabel, subsectionLabel } from '../../../src/lib/report/numbering.ts';

describe('Chinese numbering', () => {
  it('writes numerals as in 公文', () => {
    expect([1, 2, 3, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual([
      '一', '二', '三', '九', '十', '十一', '十九', '二十', '二十一', '九十九',
    ]);
  });

  it('labels sections 一、 and subsections （一）', () => {
    expect(sectionLabel(2)).toBe('二、');
    expect(subsectionLabel(3)).toBe('（三）');
  });

  it('reads numerals back, and nothing else', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
    for (const bad of ['', '零', '十十', '一十', '二二', 'a', '百']) expect(parseChineseNumeral(bad)).toBeUndefined();
  });

  it('refuses numbers it cannot write', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(100)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});
