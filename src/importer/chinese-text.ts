/**
 * Chinese text as a careful editor writes it: simplified characters, full-width punctuation between
 * Chinese characters, no stray spaces, half-width digits and Latin letters. Used by the importer
 * to clean what a document or a scrape brings, and by the tests that compare the published text with its source.
 */
import { Converter } from 'opencc-js';

const traditionalToSimplified = Converter({ from: 't', to: 'cn' });

/** 經(jīng)濟 → 經濟: pinyin glosses that a scraper left after some characters. */
export function stripPinyinAnnotations(text: string): string {
  return text.replace(/[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[)）]/g, '');
}

/** Traditional to simplified characters, phrase by phrase (OpenCC's t → cn). */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

/**
 * True when a text is written in traditional characters: more than one Chinese character in fifty changes
 * when made simplified. Simplified text changes in none or almost none (OpenCC maps a few rare variants).
 */
export function isTraditional(text: string): boolean {
  const han = [...text].filter((c) => /\p{Script=Han}/u.test(c));
  if (han.length === 0) return false;
  const simplified = [...toSimplified(han.join(''))];
  const changed = han.filter((c, i) => simplified[i] !== c).length;
  return changed / han.length > 0.02;
}

const CJK = '\\p{Script=Han}“”‘’《》（）【】、，。；：？！…—';
const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/**
 * Half-width punctuation touching a Chinese character becomes full-width: 2024年,新荣 → 2024年，新荣,
 * 党工委(扩大)会议 → 党工委（扩大）会议. Punctuation between Latin letters or digits (3.5, A:B) stays.
 */
export function toFullWidthPunctuation(text: string): string {
  const touchingChinese = new RegExp(`(?<=[${CJK}])[,;:?!()]|[,;:?!()](?=[${CJK}])`, 'gu');
  const converted = text.replace(touchingChinese, (mark) => HALF_TO_FULL[mark] ?? mark);
  // A parenthesis that opened or closed full-width gets its partner full-width too: (扩大) both sides.
  return converted
    .replace(/（([^()（）]*)\)/g, '（$1）')
    .replace(/\(([^()（）]*)）/g, '（$1）');
}

const SPACE = '[ \\t\\u3000\\u00a0]';
const HAN = /\p{Script=Han}/u;

/**
 * Layout spacing goes: indentation, spaces around full-width punctuation or between a Chinese character and
 * the punctuation mark it carries (效果 , 良好), runs of spaces or a tab used for alignment (姓    名). One space
 * between two Chinese phrases is meant, as in a slogan (坚持依法行政 建设法治政府), and stays as one space.
 */
export function removeStraySpaces(text: string): string {
  return text
    .replace(new RegExp(`(?<=([${CJK}]))(${SPACE}+)(?=([${CJK},;:?!)]))`, 'gu'), (run, before: string, _, after: string) =>
      HAN.test(before) && HAN.test(after) && /^[ \u3000\u00a0]$/.test(run) ? ' ' : '',
    )
    .replace(new RegExp(`(?<=[,;:?!()])${SPACE}+(?=[${CJK}])`, 'gu'), '')
    .replace(/^[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+$/gm, '');
}

/**
 * 开展活动 18 场 → 开展活动18场: Chinese text sets numbers tight against the characters around them. Runs after
 * toHalfWidthAlphanumerics, so full-width digits are already half-width. Spaces beside Latin words stay (Word 文档).
 */
export function removeSpacesAroundNumbers(text: string): string {
  return text
    .replace(new RegExp(`(?<=[${CJK}])[ \\t\\u3000\\u00a0]+(?=\\d)`, 'gu'), '')
    .replace(new RegExp(`(?<=\\d)[ \\t\\u3000\\u00a0]+(?=[${CJK}])`, 'gu'), '');
}

/** Full-width Latin letters and digits (ＡＢＣ１２３) become half-width, as Chinese house style writes them. */
export function toHalfWidthAlphanumerics(text: string): string {
  return text.replace(/[Ａ-Ｚａ-ｚ０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
