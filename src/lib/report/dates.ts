/** Dates are kept as ISO calendar dates (2024-12-05) and shown as in 公文 (2024年12月5日). */
import { parseChineseNumeral } from './numbering.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** 2024-12-05 → 2024年12月5日 */
export function formatChineseDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match || !isIsoDate(isoDate)) throw new RangeError(`not an ISO date: ${isoDate}`);
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

const CHINESE_YEAR_DIGITS = '〇○零一二三四五六七八九';
const CHINESE_DATE = new RegExp(
  `^[（(]?(\\d{4}|[${CHINESE_YEAR_DIGITS}]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日[）)]?$`,
);

/**
 * A date as documents write it, 2024年12月5日 or 二〇二四年十二月五日, possibly in parentheses, → 2024-12-05;
 * undefined unless it is a real calendar date written that way.
 */
export function parseChineseDate(text: string): string | undefined {
  const match = CHINESE_DATE.exec(text.replace(/\s/g, ''));
  if (!match) return undefined;
  const [, yearText = '', monthText = '', dayText = ''] = match;
  // 〇, ○ and 零 all write zero; 一 is at index 3.
  const year = /^\d+$/.test(yearText)
    ? yearText
    : [...yearText].map((c) => String(Math.max(0, CHINESE_YEAR_DIGITS.indexOf(c) - 2))).join('');
  const number = (part: string): number | undefined => (/^\d+$/.test(part) ? Number(part) : parseChineseNumeral(part));
  const month = number(monthText);
  const day = number(dayText);
  if (month === undefined || day === undefined) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** When the site published a report: a date, and the time of day where it is known. */
export interface PublicationTime {
  /** ISO date, 2024-12-10 */
  date: string;
  /** 24-hour time, 09:30; undefined when only the day is known. */
  time?: string | undefined;
}

const TIME_OF_DAY = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/**
 * A publication date as staff write it, 2024年12月10日, optionally followed by the time, 2024年12月10日 09:30;
 * undefined unless the date is real and the time, if any, is a time of day.
 */
export function parsePublicationTime(text: string): PublicationTime | undefined {
  const [dayText = '', timeText, ...rest] = text.trim().split(/\s+/);
  const date = parseChineseDate(dayText);
  if (date === undefined || rest.length > 0) return undefined;
  if (timeText === undefined) return { date };
  const match = TIME_OF_DAY.exec(timeText.replace('：', ':'));
  if (!match) return undefined;
  return { date, time: `${match[1]!.padStart(2, '0')}:${match[2]}` };
}

/** 2024年12月10日 09:30, or 2024年12月10日 without a time. */
export function formatPublicationTime({ date, time }: PublicationTime): string {
  return time === undefined ? formatChineseDate(date) : `${formatChineseDate(date)} ${time}`;
}
