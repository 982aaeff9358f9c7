/** Chinese numbering as used in 公文: 一、 for sections, （一） for subsections. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. Reports never reach 100 headings at one level. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`chineseNumeral expects an integer from 1 to 99, got ${n}`);
  }
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  const onesPart = ones === 0 ? '' : DIGITS[ones];
  return tensPart + onesPart;
}

/** 一 → 1, 十二 → 12; undefined for anything that is not a numeral from 1 to 99. */
export function parseChineseNumeral(text: string): number | undefined {
  const match = /^(?:([二三四五六七八九])?(十))?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tensDigit, ten, onesDigit] = match;
  const tens = ten ? (tensDigit ? DIGITS.indexOf(tensDigit as (typeof DIGITS)[number]) : 1) : 0;
  const ones = onesDigit ? DIGITS.indexOf(onesDigit as (typeof DIGITS)[number]) : 0;
  return tens * 10 + ones;
}

/** The label of a top-level section: 一、 */
export function sectionLabel(n: number): string {
  return `${chineseNumeral(n)}、`;
}

/** The label of a subsection: （一） */
export function subsectionLabel(n: number): string {
  return `（${chineseNumeral(n)}）`;
}
