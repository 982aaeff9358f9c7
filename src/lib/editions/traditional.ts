/**
 * The traditional-character edition, converted phrase by phrase with OpenCC from the simplified text.
 *
 * Standard: OpenCC's cn → tw, the character standard of Taiwan (臺灣正體), chosen because it is the most
 * widely read traditional standard and OpenCC's phrase tables for it settle the characters whose form
 * depends on the word (干部 → 幹部, 着力 → 著力, 发放 → 發放, 平台 → 平臺, 关于 → 關於). It converts
 * characters only, never vocabulary (no 'twp' idioms such as 软件 → 軟體), so the wording of the
 * government's document stays its own.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { TRADITIONAL, type Edition } from './editions.ts';
import { simplifiedTo } from './opencc.ts';

const simplifiedToTraditional = simplifiedTo('tw');

export function toTraditionalText(text: string): string {
  return simplifiedToTraditional(text);
}

const unchanged = (text: string): string => text;

/** The words of an edition: converted to traditional characters in the traditional one, as written in the other. */
export function textInEdition(edition: Edition): (text: string) => string {
  return edition === TRADITIONAL ? toTraditionalText : unchanged;
}

/** Attributes whose values readers see or hear. */
const TEXT_ATTRIBUTES = ['title', 'alt', 'ariaLabel', 'placeholder', 'dataReportTitle'] as const;

/** Elements whose content is code or data, never text. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'svg', 'math']);

/** Text marked as simplified on purpose (the switch back to 简体) stays as it is. */
const isSimplifiedOnPurpose = (element: Element) => /^zh-(CN|Hans)/i.test(String(element.properties['lang'] ?? ''));

function convert(node: Root | RootContent | ElementContent): void {
  if (node.type === 'text') {
    node.value = toTraditionalText(node.value);
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (NOT_TEXT.has(node.tagName) || isSimplifiedOnPurpose(node)) return;
    for (const name of TEXT_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = toTraditionalText(value);
    }
  }
  for (const child of node.children) convert(child);
}

/** An HTML fragment with its text, and the text attributes readers perceive, in traditional characters. */
export function toTraditionalHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  convert(tree);
  return toHtml(tree, { allowDangerousHtml: true });
}
