/**
 * What a report copied from a government web page brings along that is not the report: the page's date and
 * breadcrumbs, its source and view count, its print and close buttons, its QR caption, the title repeated.
 * These lines are left out, and each one is listed in the import summary for staff to see.
 */
import { parseChineseDate } from '../lib/report/dates.ts';
import { isLine, type Block } from './lines.ts';

const PAGE_FIELDS =
  '当前位置|您的位置|您现在的位置|你的位置|你现在的位置|所在位置|来源|信息来源|文章来源|发布时间|发布日期|更新时间|更新日期|' +
  '浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击次数|访问量|访问次数|作者|责任编辑|编辑|发布者|字号|字体|分享到|' +
  '索引号|主题分类|发文机关|发布机构|成文日期|文号|生效日期|有效性|上一篇|下一篇';
const PAGE_BUTTONS = '打印本页|打印|关闭窗口|关闭本页|关闭|收藏|返回顶部|返回|相关链接|相关文章|我要纠错|分享';
const TIME = '\\d{1,2}:\\d{2}(:\\d{2})?';
const NUMERIC_DATE = '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}';

const FURNITURE: RegExp[] = [
  /^今天是.{0,6}\d{4}年\d{1,2}月\d{1,2}日/,
  new RegExp(`^(${PAGE_FIELDS})：`),
  /^首页\s*[>＞»›]/,
  // 【打印】【关闭】, 【字体：大 中 小】, [打印本页] [关闭窗口]
  /^([【[［][^】\]］]{1,12}[】\]］]\s*)+$/,
  new RegExp(`^(${PAGE_BUTTONS})$`),
  /扫一扫.{0,12}(手机|移动端|当前页|本页)|用手机扫描.{0,6}二维码/,
  // A date with a time of day, or written with dashes: a page's timestamp, never a report's date.
  new RegExp(`^(${NUMERIC_DATE}|\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*(${TIME})?$`),
];

export function isWebFurniture(text: string): boolean {
  // A Chinese date alone is the date of the report's signature or under its title, not the page's.
  if (parseChineseDate(text)) return false;
  return FURNITURE.some((pattern) => pattern.test(text));
}

/** The blocks without the web page's lines, and those lines, in order. */
export function dropWebFurniture(blocks: Block[]): { blocks: Block[]; dropped: string[] } {
  const dropped: string[] = [];
  const kept = blocks.filter((block) => {
    if (!isLine(block) || !isWebFurniture(block.text)) return true;
    dropped.push(block.text);
    return false;
  });
  return { blocks: kept, dropped };
}
