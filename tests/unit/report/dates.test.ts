import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatPublicationTime, isIsoDate, parseChineseDate, parsePublicationTime } from '../../../src/lib/report/dates.ts';

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

describe('parseChineseDate', () => {
  it('reads dates written as in the document', () => {
    expect(parseChineseDate('2024年12月5日')).toBe('2024-12-05');
    expect(parseChineseDate(' 2025年1月20日 ')).toBe('2025-01-20');
    expect(parseChineseDate('2024年02月29日')).toBe('2024-02-29');
    expect(parseChineseDate('二〇二四年十二月五日')).toBe('2024-12-05');
    expect(parseChineseDate('（2025年1月20日）')).toBe('2025-01-20');
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['2024年13月45日', '2023年2月29日', '2024-12-05', '二〇二四年十三月五日', '2024年12月5号', '']) {
      expect(parseChineseDate(bad), bad).toBeUndefined();
    }
  });
});

describe('parseChineseDate on a document line', () => {
  it('refuses a line that only starts with a date', () => {
    expect(parseChineseDate('2025年12月5日召开会议')).toBeUndefined();
  });
});

describe('parsePublicationTime', () => {
  it('reads a publication date, with the time of day where it is given', () => {
    expect(parsePublicationTime('2024年12月10日')).toEqual({ date: '2024-12-10' });
    expect(parsePublicationTime('2024年12月10日 09:30')).toEqual({ date: '2024-12-10', time: '09:30' });
    expect(parsePublicationTime(' 2024年12月10日  9:05 ')).toEqual({ date: '2024-12-10', time: '09:05' });
    expect(parsePublicationTime('2024年12月10日 16：45')).toEqual({ date: '2024-12-10', time: '16:45' });
  });

  it('refuses a date or time that is not real', () => {
    expect(parsePublicationTime('2024年2月30日')).toBeUndefined();
    expect(parsePublicationTime('2024年12月10日 24:00')).toBeUndefined();
    expect(parsePublicationTime('2024年12月10日 9点')).toBeUndefined();
    expect(parsePublicationTime('2024年12月10日 09:30 上午')).toBeUndefined();
    expect(parsePublicationTime('2024-12-10')).toBeUndefined();
  });

  it('writes it back as a reader expects', () => {
    expect(formatPublicationTime({ date: '2024-12-10', time: '09:30' })).toBe('2024年12月10日 09:30');
    expect(formatPublicationTime({ date: '2024-12-10' })).toBe('2024年12月10日');
  });
});
