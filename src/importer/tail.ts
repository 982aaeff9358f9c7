/**
 * The end of a document, read from the bottom up in the order GB/T 9704-2012 sets it: the 版记 (抄送机关, rule lines,
 * 印发机关和印发日期), then the 附件 after the signature, the 附注 and 印章 text under the date, the signature itself
 * (signature.ts), and the 附件说明 just above it. What follows the last of them is the web page's, or text that is
 * not the report, and is left out.
 */
import { isShortLine } from './headings.ts';
import {
  isAttachmentHeading,
  isAttachmentNote,
  isAttachmentNoteItem,
  isCopyTo,
  isNote,
  isPrinting,
  isRule,
  isSealText,
  type FoundPart,
} from './gongwen-parts.ts';
import type { ImportWarning } from './imported-report.ts';
import { isLine, type Block } from './lines.ts';
import * as messages from './messages.ts';
import { readSignature, type Signature } from './signature.ts';
import { parseChineseDate } from '../lib/report/dates.ts';

export interface Tail {
  signature: Signature;
  /** The report's body: from the first section to the 附件说明 or the signature. */
  body: Block[];
  /** The 附件说明, signature, 印章, 附注, 附件 and 版记 found, in document order. */
  parts: FoundPart[];
  /** The web page's lines after the end of the document. */
  dropped: string[];
  /** The attachments named in the 附件说明, or headed 附件1… after the signature: left out of the site. */
  attachments: string[];
}

const lineText = (block: Block | undefined): string | undefined => (block && isLine(block) ? block.text : undefined);
const part = (name: FoundPart['part'], block: Block): FoundPart => ({
  part: name,
  text: isLine(block) ? block.text : block.rows.flat().join(' '),
  paragraph: block.paragraph,
});

/** Lines after the end of the document: short ones are the web page's; anything longer is told to staff. */
function afterTheEnd(blocks: Block[], dropped: string[], warnings: ImportWarning[]): void {
  for (const block of blocks) {
    const text = lineText(block);
    if (text !== undefined && isShortLine(text)) dropped.push(text);
    else warnings.push({ ...messages.textAfterDate(text), paragraph: block.paragraph });
  }
}

/** The 版记: from the first 抄送 or rule line above the 印发 line (or the 抄送 line) down to it. */
function readRecord(blocks: Block[], from: number, parts: FoundPart[]): number {
  const last = blocks.findLastIndex((b, i) => i > from && isLine(b) && (isPrinting(b.text) || isCopyTo(b.text)));
  if (last === -1) return blocks.length;
  let start = last;
  while (start - 1 > from && [isCopyTo, isRule, isPrinting].some((form) => form(lineText(blocks[start - 1]) ?? ''))) start -= 1;
  let end = last + 1;
  while (end < blocks.length && isRule(lineText(blocks[end]) ?? '')) end += 1;
  for (const block of blocks.slice(start, end)) {
    const text = lineText(block)!;
    parts.push(part(isCopyTo(text) ? '抄送机关' : isPrinting(text) ? '印发机关和印发日期' : '版记分隔线', block));
  }
  return start;
}

export function readTail(blocks: Block[], firstSection: number, warnings: ImportWarning[]): Tail {
  const record: FoundPart[] = [];
  const dropped: string[] = [];
  const recordStart = readRecord(blocks, firstSection, record);
  const recordEnd = recordStart + record.length;
  afterTheEnd(blocks.slice(recordEnd), dropped, warnings);

  // 附件 begin on a line of their own, 附件 or 附件1, a few lines under the date at most.
  const isDate = (i: number) => parseChineseDate(lineText(blocks[i]) ?? '') !== undefined;
  const attachmentStart = blocks.findIndex(
    (b, i) => i > firstSection && i < recordStart && isAttachmentHeading(lineText(b) ?? '') && [1, 2, 3, 4].some((n) => isDate(i - n)),
  );
  const closeEnd = attachmentStart === -1 ? recordStart : attachmentStart;
  const attachmentParts = blocks.slice(closeEnd, recordStart).map((b) => part('附件', b));

  // 印章 text and 附注 under the date, or the seal's words between the signature and the date.
  const close = blocks.slice(0, closeEnd);
  const seals = close.flatMap((b, i) => (i > firstSection && closeEnd - i <= 4 && isSealText(lineText(b) ?? '') ? [i] : []));
  const withoutSeals = close.filter((_, i) => !seals.includes(i));
  const signature = readSignature(withoutSeals, firstSection);
  const closing: FoundPart[] = seals.map((i) => part('印章', close[i]!));
  const after = signature.after;
  for (const block of after) {
    const text = lineText(block);
    if (text !== undefined && isNote(text)) closing.push(part('附注', block));
    else afterTheEnd([block], dropped, warnings);
  }

  // The 附件说明 just above the signature: 附件：1．…… and the list's next items under it.
  let noteStart = signature.end;
  while (noteStart - 1 > firstSection && isAttachmentNoteItem(lineText(withoutSeals[noteStart - 1]) ?? '')) noteStart -= 1;
  if (noteStart > firstSection && isAttachmentNote(lineText(withoutSeals[noteStart - 1]) ?? '')) noteStart -= 1;
  else noteStart = signature.end;
  const note = withoutSeals.slice(noteStart, signature.end).map((b) => part('附件说明', b));
  const signatureParts = withoutSeals
    .slice(signature.end)
    .filter((b) => !after.includes(b))
    .map((b) => part(isDate(blocks.indexOf(b)) ? '成文日期' : '发文机关署名', b));

  const attachments = note.length > 0 ? attachmentNames(note) : attachmentParts.filter((p) => isAttachmentHeading(p.text)).map((p) => p.text);
  const parts = [...note, ...signatureParts, ...closing, ...attachmentParts, ...record].sort((a, b) => a.paragraph - b.paragraph);
  return { signature: { ...signature, after: [] }, body: withoutSeals.slice(firstSection, noteStart), parts, dropped, attachments };
}

/** 附件：1．甲 / 2．乙 → 甲, 乙; a single 附件：甲 → 甲. */
function attachmentNames(note: FoundPart[]): string[] {
  return note.map((found) => found.text.replace(/^附件[:：]\s*/, '').replace(/^\d{1,2}[.．、]\s*/, '')).filter((name) => name !== '');
}
