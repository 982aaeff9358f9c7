/**
 * What must not go public by mistake, found in a report's whole text before it is published: a 身份证号 (18
 * digits, the last a check digit by GB 11643-1999), a mobile number (11 digits, 1[3-9]…), a bank-card number
 * (16 to 19 digits passing the Luhn check), an e-mail address, and a 密级 word used as a mark (★, 【】, or
 * standing alone on a line, or as “密级：秘密”), not the same word in a sentence (保守国家秘密).
 * Each hit comes with its context so that staff can judge it; a hit is either fixed in the document or
 * confirmed by name as meant to be public.
 */

export type HitKind = 'idNumber' | 'mobile' | 'bankCard' | 'email' | 'secrecyMark';

export const HIT_LABELS: Record<HitKind, string> = {
  idNumber: '身份证号',
  mobile: '手机号码',
  bankCard: '银行卡号',
  email: '电子邮箱',
  secrecyMark: '密级标志',
};

export interface ScannedText {
  /** Where the text is, as staff know it: 一、主要工作成效 or 标题. */
  where: string;
  text: string;
}

export interface SensitiveHit {
  /** Stable for the same hit in the same text, so a confirmation stays with it: kind, place and the match. */
  id: string;
  kind: HitKind;
  label: string;
  where: string;
  match: string;
  before: string;
  after: string;
}

const CONTEXT = 12;

/** The check character of an 18-digit 身份证号 from its first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2). */
export function idCheckCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((char, i) => {
    let digit = Number(char);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  });
  return sum % 10 === 0;
}

const isIdNumber = (candidate: string): boolean => {
  const month = Number(candidate.slice(10, 12));
  const day = Number(candidate.slice(12, 14));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && idCheckCharacter(candidate.slice(0, 17)) === candidate[17]!.toUpperCase();
};

/** Runs of digits not inside a longer run; full-width digits count as digits. */
const DIGIT_RUN = /(?<![0-9０-９])[0-9０-９]{11,19}[Xx]?(?![0-9０-９])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The 密级 words of 公文 (绝密, 机密, 秘密) and the marks that keep a text from the public. */
const SECRECY_WORDS = '绝密|机密|秘密|内部|内部资料|内部使用|不予公开|不得公开|非公开|涉密';
/** A 密级 word set as a mark: after ★ or before it, in brackets, after 密级, or a line of its own. */
const SECRECY_MARK = new RegExp(
  `(?:★\\s*(?:${SECRECY_WORDS}))|(?:(?:${SECRECY_WORDS})\\s*★(?:\\s*[0-9一二三四五六七八九十]+\\s*年)?)|(?:[【\\[（(〔]\\s*(?:${SECRECY_WORDS})\\s*[】\\]）)〕])|(?:密级[:：]\\s*(?:${SECRECY_WORDS}))|(?:^\\s*(?:${SECRECY_WORDS})(?:\\s*[★☆]?\\s*\\d+年)?\\s*$)`,
  'gm',
);

const halfWidth = (text: string): string => text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function kindOfDigits(run: string): HitKind | undefined {
  const digits = halfWidth(run);
  if (digits.length === 18 && isIdNumber(digits)) return 'idNumber';
  if (/[Xx]$/.test(digits)) return undefined;
  if (digits.length === 11 && /^1[3-9]/.test(digits)) return 'mobile';
  if (digits.length >= 16 && digits.length <= 19 && passesLuhn(digits)) return 'bankCard';
  return undefined;
}

function hit(kind: HitKind, where: string, text: string, index: number, match: string, seen: Map<string, number>): SensitiveHit {
  const base = `${kind}:${where}:${match}`;
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return {
    id: count === 1 ? base : `${base}#${count}`,
    kind,
    label: HIT_LABELS[kind],
    where,
    match,
    before: text.slice(Math.max(0, index - CONTEXT), index),
    after: text.slice(index + match.length, index + match.length + CONTEXT),
  };
}

/** Every hit in the texts, in their order and, within a text, in reading order. */
export function scanTexts(texts: readonly ScannedText[]): SensitiveHit[] {
  const seen = new Map<string, number>();
  return texts.flatMap(({ where, text }) => {
    const found: Array<{ index: number; hit: SensitiveHit }> = [];
    for (const m of text.matchAll(DIGIT_RUN)) {
      const kind = kindOfDigits(m[0]);
      if (kind) found.push({ index: m.index, hit: hit(kind, where, text, m.index, m[0], seen) });
    }
    for (const m of text.matchAll(EMAIL)) found.push({ index: m.index, hit: hit('email', where, text, m.index, m[0], seen) });
    for (const m of text.matchAll(SECRECY_MARK)) {
      const match = m[0].trim();
      const index = m.index + m[0].indexOf(match);
      found.push({ index, hit: hit('secrecyMark', where, text, index, match, seen) });
    }
    return found.sort((a, b) => a.index - b.index).map((entry) => entry.hit);
  });
}

/** The hits not yet confirmed: what still blocks publishing. */
export function unresolvedHits(hits: readonly SensitiveHit[], confirmed: ReadonlyMap<string, string>): SensitiveHit[] {
  return hits.filter((h) => !confirmed.get(h.id)?.trim());
}
