import { describe, expect, it } from 'vitest';
import { SIMPLIFIED, TRADITIONAL } from '../../../src/lib/editions/editions.ts';
import { foldingTableFor } from '../../../src/lib/search/folding.ts';
import { foldWithTable } from '../../../src/lib/search/query.ts';

const corpus = '完善法律顾问制度。扎实推进党纪学习教育，发放《中华人民共和国国家安全法》。着力补短板，取得了显著成效。干部职工。平台公司。';

describe('folding queries onto the simplified edition', () => {
  const table = foldingTableFor(SIMPLIFIED, corpus);

  it('brings traditional forms of the report words back to the report text', () => {
    expect(foldWithTable('法律顧問', table)).toBe('法律顾问');
    expect(foldWithTable('黨紀', table)).toBe('党纪');
    expect(foldWithTable('國家安全法', table)).toBe('国家安全法');
    expect(foldWithTable('幹部', table)).toBe('干部');
    expect(foldWithTable('平台', table)).toBe('平台');
    expect(foldWithTable('平臺', table)).toBe('平台');
  });

  it('tells apart one traditional character that stands for two of the report', () => {
    expect(foldWithTable('著力', table)).toBe('着力');
    expect(foldWithTable('顯著', table)).toBe('显著');
  });

  it('leaves simplified text, Latin letters and digits alone', () => {
    expect(foldWithTable('法律顾问 ABC 123', table)).toBe('法律顾问 ABC 123');
  });

  it('stays small: only characters of the report are in the table', () => {
    expect(Object.keys(table).length).toBeLessThan(150);
    expect(table['區']).toBeUndefined();
  });
});

describe('folding queries onto the traditional edition', () => {
  const table = foldingTableFor(TRADITIONAL, corpus);

  it('brings simplified and other traditional forms to the edition text (Taiwan standard)', () => {
    expect(foldWithTable('法律顾问', table)).toBe('法律顧問');
    expect(foldWithTable('党纪', table)).toBe('黨紀');
    expect(foldWithTable('着力', table)).toBe('著力');
    expect(foldWithTable('显著', table)).toBe('顯著');
    expect(foldWithTable('平台', table)).toBe('平臺');
    expect(foldWithTable('干部', table)).toBe('幹部');
  });

  it('leaves the edition text alone', () => {
    expect(foldWithTable('法律顧問 黨紀 著力 顯著', table)).toBe('法律顧問 黨紀 著力 顯著');
  });
});
