/**
 * The parts of a 公文 as GB/T 9704-2012 names them (版头, 主体, 版记), and the form each part takes on its line.
 * A form is what the standard prescribes for the part (份号 is six digits, 发文字号 is 机关代字〔年份〕序号号, 附注
 * stands in parentheses), never a list of an office's phrases; where a part stands is for the readers of the
 * head (head.ts) and the tail (tail.ts) to know.
 */
import { parseChineseDate } from '../lib/report/dates.ts';
import { isShortLine } from './headings.ts';

export const GONGWEN_PARTS = {
  版头: ['份号', '密级和保密期限', '紧急程度', '发文机关标志', '发文字号', '签发人', '版头分隔线'],
  主体: ['标题', '主送机关', '正文', '附件说明', '发文机关署名', '成文日期', '印章', '附注', '附件'],
  版记: ['抄送机关', '印发机关和印发日期', '版记分隔线'],
} as const;

export type GongwenZone = keyof typeof GONGWEN_PARTS;
export type GongwenPart = (typeof GONGWEN_PARTS)[GongwenZone][number];

/** A part found in the document: what it is, its text, and the paragraph it is. */
export interface FoundPart {
  part: GongwenPart;
  text: string;
  paragraph: number;
}

export const zoneOf = (part: GongwenPart): GongwenZone =>
  (Object.keys(GONGWEN_PARTS) as GongwenZone[]).find((zone) => (GONGWEN_PARTS[zone] as readonly string[]).includes(part))!;

const compact = (text: string): string => text.replace(/[\s\u3000]/g, '');

/** The end of an office's or an organ's name: 工作委员会, 管理委员会, 人民政府, 司法局, 区委… */
export const OFFICE = /(委员会|工委|党委|党组|管委会|政府|办公室|办公厅|局|厅|部|院|委|中心|署|处|办|所|站|队|会|公司|集团)$/;

/** 份号: six Arabic digits (7.2.1). */
export const isCopyNumber = (text: string): boolean => /^\d{6}$/.test(compact(text));

/** 紧急程度: 特急 or 加急 (7.2.3); 特提 and 平急 for telegrams. */
export const isUrgency = (text: string): boolean => /^(特急|加急|特提|平急)$/.test(compact(text));

/**
 * 发文字号: 机关代字, the year in 〔〕 and the number with 号 (7.2.5): 天政发〔2026〕7号. Offices also type the
 * brackets as [], ［］ or （）.
 */
const DOCUMENT_NUMBER = /^(\p{Script=Han}[\p{Script=Han}\w]{0,15})[〔［[（(]((?:19|20)\d{2})[〕］\]）)]第?(\d{1,4})号$/u;
export const isDocumentNumber = (text: string): boolean => DOCUMENT_NUMBER.test(compact(text));

/** 签发人：姓名 (7.2.6), alone or to the right of the 发文字号. */
export const isSigner = (text: string): boolean => /^签发人[:：]\S+/.test(compact(text));

/** 发文机关标志: the office's name, with or without 文件 (7.2.4). */
export const isOrganMark = (text: string): boolean =>
  isShortLine(text) && !/[，、：:]/.test(text) && (/文件$/.test(compact(text)) || OFFICE.test(compact(text)));

/** A rule line typed as a run of dashes or underscores: the red line under the head, the lines of the 版记. */
export const isRule = (text: string): boolean => /^[-—─━_＿=＝―~～·]{3,}$/.test(compact(text));

/** 主送机关: the organs addressed, separated by 、 or ，, ending in a full-width colon (7.3.2). */
export function isAddressee(text: string): boolean {
  const match = /^(.+)[:：]$/.exec(text);
  return match !== null && isShortLine(text) && match[1]!.split(/[、，,]/).every((organ) => OFFICE.test(organ.trim()));
}

/** 附件说明: 附件：1．名称, the list going on with 2．名称 on the lines under it (7.3.4). */
export const isAttachmentNote = (text: string): boolean => /^附件[:：]/.test(compact(text));
export const isAttachmentNoteItem = (text: string): boolean => /^\d{1,2}[.．、]\S/.test(text) && isShortLine(text);

/** The head of an attachment itself, on its own line above it: 附件, 附件1, 附件2 (7.3.8). */
export const isAttachmentHeading = (text: string): boolean => /^附件\d{0,2}[:：]?$/.test(compact(text));

/** 印章 text where a copy shows the seal in words: a parenthesis of a few characters, （印章）. */
export const isSealText = (text: string): boolean => /^[（(][^（）()]{1,4}[）)]$/.test(compact(text));

/** 附注: in parentheses under the date (7.3.7): （此件公开发布）, （联系人：……，电话：……）. */
export const isNote = (text: string): boolean => /^[（(].+[）)]$/.test(compact(text)) && !parseChineseDate(text);

/** 抄送机关: 抄送：……。 (8.2). */
export const isCopyTo = (text: string): boolean => /^抄送[:：]/.test(compact(text));

/** 印发机关和印发日期: the office that printed it, then the date and 印发 (8.3). */
export const isPrinting = (text: string): boolean => /\d{4}年\d{1,2}月\d{1,2}日印发$/.test(compact(text));

/** The 发文字号 of a head line, which may carry the 签发人 to its right. */
export function documentNumberIn(pieces: string[]): string | undefined {
  return pieces.map(compact).find((piece) => DOCUMENT_NUMBER.test(piece));
}
