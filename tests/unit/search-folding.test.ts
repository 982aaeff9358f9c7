import { describe, expect, it } from 'vitest';
import { buildFoldingTable } from '../../src/lib/search-folding.ts';
import { foldWithTable } from '../../src/lib/search-query.ts';

const corpus = '完善法律顾问制度。扎实推进党纪学习教育，发放《中华人民共和国国家安全法》。着力补短板，取得了显著成效。干部职工。';

describe('folding traditional queries onto the report text', () => {
  const table = buildFoldingTable(corpus);

  it('brings traditional forms of the report words back to the report text', () => {
    expect(foldWithTable('法律顧問', table)).toBe('法律顾问');
    expect(foldWithTable('黨紀', table)).toBe('党纪');
    expect(foldWithTable('國家安全法', table)).toBe('国家安全法');
    expect(foldWithTable('幹部', table)).toBe('干部');
  });

  it('tells apart one traditional character that stands for two of the report', () => {
    expect(foldWithTable('著力', table)).toBe('着力');
    expect(foldWithTable('顯著', table)).toBe('显著');
  });

  it('leaves simplified text, Latin letters and digits alone', () => {
    expect(foldWithTable('法律顾问 ABC 123', table)).toBe('法律顾问 ABC 123');
  });

  it('stays small: only characters of the report are in the table', () => {
    expect(Object.keys(table).length).toBeLessThan(120);
    expect(table['區']).toBeUndefined();
  });
});
