/**
 * The report's text made ready for a speech engine (朗读): cut into sentences, which are highlighted one at a
 * time while read, and each sentence rewritten as a person reads it aloud. Engines spell out what they do
 * not know — 左书名号, 百分号, 二千零二十四年 — so the marks a reader sees but does not say are taken out and
 * numbers are written in words. Only what is spoken changes; the page keeps its text.
 */

/** One sentence of a block of text: where it is in the block (for the highlight) and what to say. */
export interface SpokenSentence {
  start: number;
  end: number;
  speech: string;
}

/** A sentence ends after 。！？； or …… and any closing quotation marks or brackets that follow. */
const SENTENCE = /[^。！？；…]*(?:[。！？；]|…+)?[”’」』）》]*/gu;

/** The sentences of a block of text, in order, leaving out those with nothing to say. */
export function sentencesToSpeak(text: string): SpokenSentence[] {
  const sentences: SpokenSentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    if (match[0] === '') continue;
    const speech = speakable(match[0]);
    if (speech !== '') sentences.push({ start: match.index, end: match.index + match[0].length, speech });
  }
  return sentences;
}

const DIGITS = '〇一二三四五六七八九';
const SMALL_UNITS = ['', '十', '百', '千'];
const LARGE_UNITS = ['', '万', '亿', '万亿'];
/** Measure words after which 2 is read 两: 2个 两个, but 第2 第二. */
const MEASURE_WORDS = '个项件次名人家场批类条份起位支所座张篇种轮期届天周';

/** Digits one by one, as years and codes are read: 2024 二〇二四. */
const digitByDigit = (digits: string): string => [...digits].map((digit) => DIGITS[Number(digit)]).join('');

/** Up to 9999: 1005 一千零五, 10 十 (at the start), 110 一百一十. */
function belowTenThousand(digits: string, leading: boolean): string {
  let words = '';
  let zero = false;
  const padded = digits.padStart(4, '0');
  for (let i = 0; i < 4; i += 1) {
    const digit = Number(padded[i]);
    if (digit === 0) {
      zero = words !== '';
      continue;
    }
    if (zero) words += '零';
    zero = false;
    const isLeadingTen = leading && words === '' && digit === 1 && i === 2;
    words += (isLeadingTen ? '' : DIGITS[digit]!) + SMALL_UNITS[3 - i]!;
  }
  return words;
}

/** A whole number in words: 12 十二, 305 三百零五, 20000 二万, 100000000 一亿. Long or 0-led digit strings are read one by one. */
export function integerInWords(digits: string): string {
  if (/^0\d/.test(digits) || digits.length > 16) return digitByDigit(digits);
  if (/^0+$/.test(digits)) return '零';
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 4) groups.unshift(digits.slice(Math.max(0, end - 4), end));
  let words = '';
  groups.forEach((group, index) => {
    const unit = LARGE_UNITS[groups.length - 1 - index]!;
    if (Number(group) === 0) return;
    if (words !== '' && (group.startsWith('0') || words.endsWith('零'))) words += '零';
    words += belowTenThousand(group, words === '') + unit;
  });
  return words.replace(/零+/g, '零');
}

/** A decimal number in words: 3.5 三点五, 0.25 零点二五. */
export function numberInWords(number: string): string {
  const [whole, fraction] = number.replace(/[,，]/g, '').split('.');
  return integerInWords(whole!) + (fraction ? `点${digitByDigit(fraction)}` : '');
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** One sentence as a person reads it aloud. */
export function speakable(sentence: string): string {
  return (
    sentence
      // Numbered items: （一） 一、 and 1. 1、 at the start of a point are read as their number and a pause.
      .replace(/[（(]([一二三四五六七八九十]+)[）)]/gu, '$1、')
      .replace(/(^|[。；：\s])(\d+)[.．、](?!\d)/gu, (_, before: string, digits: string) => `${before}${integerInWords(digits)}、`)
      // Ranges: 3—5 三至五, 2023—2024年 二〇二三至二〇二四年.
      .replace(/(\d)\s*(?:[—–~～]+|-)\s*(?=\d)/gu, '$1至')
      // Years are read digit by digit: 2024年 二〇二四年, also as the first of a range.
      .replace(/(\d{4})(?=\s*(?:年|至\d{4}\s*年))/gu, (_, year: string) => digitByDigit(year))
      .replace(new RegExp(`(${NUMBER})\\s*[%％]`, 'gu'), (_, number: string) => `百分之${numberInWords(number)}`)
      .replace(new RegExp(`(第?)(${NUMBER})(?=([${MEASURE_WORDS}])?)`, 'gu'), (_, ordinal: string, number: string, measure?: string) =>
        ordinal === '' && number === '2' && measure !== undefined ? '两' : `${ordinal}${numberInWords(number)}`,
      )
      // Marks that are seen but not said: book-title marks and quotation marks go; brackets and dashes become pauses.
      .replace(/[《》〈〉“”‘’「」『』"]/gu, '')
      .replace(/——|[（）()]/gu, '，')
      .replace(/…+/gu, '。')
      .replace(/\s+/gu, '')
      // Pauses that now stand next to each other or at the start: one is enough.
      .replace(/^[，、]+/u, '')
      .replace(/[，、]+([，。！？；：、])/gu, '$1')
  );
}
