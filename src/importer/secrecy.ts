/**
 * 密级和保密期限 as GB/T 9704-2012 (7.2.2) sets them in a document's head: the mark alone on its line, its two
 * characters often spaced apart (秘　密), with the term after ★ (机密★1年, 绝密★长期). A document that carries one
 * is not to be made public (《法治政府建设与责任落实督察工作规定》第二十四条: 除涉及党和国家秘密的), so the importer
 * refuses it; the staff desk's scan for sensitive data reads the same list.
 */

/** The classification levels of 《中华人民共和国保守国家秘密法》, highest first, and 内部, which offices mark on documents not for the public. */
export const SECRECY_MARKS = ['绝密', '机密', '秘密', '内部'] as const;
export type SecrecyMark = (typeof SECRECY_MARKS)[number];

export interface SecrecyMarking {
  mark: SecrecyMark;
  /** 保密期限 as written after ★: 1年, 长期, 6个月; undefined when none is given. */
  term: string | undefined;
}

/** ★ and the forms offices type it in: ☆, *, ＊. */
const STAR = '[★☆*＊]';
const MARKING = new RegExp(`^(${SECRECY_MARKS.join('|')})(?:${STAR}(.+))?$`);

/** The mark a line of a document's head is, or undefined when the line is anything else. */
export function secrecyMarking(line: string): SecrecyMarking | undefined {
  const match = MARKING.exec(line.replace(/[\s\u3000]/g, ''));
  if (!match) return undefined;
  return { mark: match[1] as SecrecyMark, term: match[2] };
}
