/**
 * What a report copied from a web page brings along that is not the report, known by its structure rather
 * than its words: it stands before the title or after the end of the document, or, between the title and the
 * text, it has a form no sentence of a report has: a breadcrumb (首页 > 政务公开 > …), label：value metadata
 * (来源：… 发布时间：…), a widget (【打印】, a lone ×, 保护视力色：), a bare timestamp. Every line left out is listed
 * in the import summary for staff to confirm.
 */
import { isShortLine } from './headings.ts';

/** A breadcrumb's separators: 首页 > 政务公开 > 工作报告. */
const BREADCRUMB = /\s?[>＞»›]\s?/;
/** label：value, once or several times on the line, the labels a few characters long. */
const METADATA = /^(\p{Script=Han}{2,7}[:：]\s*(?:[^:：]|(?<=\d)[:：](?=\d))*){1,4}$/u;
/** 【打印】【关闭】, [打印本页] [关闭窗口], 【字体：大 中 小】 */
const BUTTONS = /^([【[［][^】\]］]{1,12}[】\]］]\s*)+$/;
/** A label with nothing after it: 保护视力色： (its value was a row of colour swatches). */
const EMPTY_LABEL = /^\p{Script=Han}{1,8}[:：]$/u;
/** No character a sentence is made of: ×, |, >>, a row of symbols. */
const NO_WORDS = /^[^\p{Script=Han}\p{Letter}\d]*$/u;
/** 2025-03-05 10:20, 2025/3/5: a page's timestamp, never how a report writes a date. */
const TIMESTAMP = /^[\d\s:：\-/.]+$/;

/** True for a line whose form is a web page's rather than a report's. */
export function isWebFurniture(text: string): boolean {
  if (!isShortLine(text) || /[，]/.test(text)) return false;
  return (
    BREADCRUMB.test(text) ||
    METADATA.test(text) ||
    BUTTONS.test(text) ||
    EMPTY_LABEL.test(text) ||
    NO_WORDS.test(text) ||
    TIMESTAMP.test(text)
  );
}

/** A title as a web page frames it, | 标题 |, or as its words read once spaces and frames are gone. */
export const unframed = (text: string): string => text.replace(/^[|｜\s]+|[|｜\s]+$/g, '');
export const titleKey = (text: string): string => unframed(text).replace(/[\s\u3000|｜]/g, '');
