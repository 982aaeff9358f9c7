import { describe, expect, it } from 'vitest';
import { formatChineseDate, isIsoDate } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-12-05')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-12-5')).toBe(false);
    expect(isIsoDate('2024年12月5日')).toBe(false);
  });

  it('writes dates as in 公文, without leading zeros', () => {
    expect(formatChineseDate('2024-12-05')).toBe('2024年12月5日');
    expect(formatChineseDate('2025-01-20')).toBe('2025年1月20日');
    expect(() => formatChineseDate('2024-02-30')).toThrow(RangeError);
  });
});
