/**
 * Report text in MDX and back. The importer writes every piece of a document's text through escapeMdxText, so
 * that MDX shows it exactly and reads nothing in it as code, markup or Markdown; unescapeMdxText is its exact
 * inverse. The plain-text views of an entry (page descriptions, the feed, search folding, the parts classifier)
 * come from mdxPlainText, which undoes the same escapes as MDX does: comments (the guidance in a new year's
 * skeleton) dropped, Markdown marks removed. Pages themselves always render the MDX.
 */

/**
 * Text → MDX that shows exactly that text. Braces would be JavaScript expressions and < a JSX tag, & a character
 * reference; the other marks are Markdown syntax (emphasis, links, code, tables, strike-through, headings, and
 * at the start of a paragraph lists, quotes and rules). A paragraph opening with import or export would be read
 * as a JavaScript module statement: its first letter is written as a character reference, &#105;mport.
 */
export function escapeMdxText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~#&]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/**
 * A backslash before ASCII punctuation, as CommonMark reads it, or a numeric character reference: the two ways
 * MDX text stands for a character. The importer's & is always escaped, so a reference can only be one it wrote.
 */
const ESCAPE = /\\([!-/:-@[-`{-~])|&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});/g;
/** Private-use characters stand in for escaped marks while Markdown's own marks are taken out. */
const STAND_IN = 0xe000;
const STAND_INS = /[\ue000-\ue07f]/g;

function protectEscapes(mdx: string): string {
  return mdx.replace(ESCAPE, (_, mark: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    const code = mark !== undefined ? mark.charCodeAt(0) : decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return code < 0x80 ? String.fromCharCode(STAND_IN + code) : String.fromCodePoint(code);
  });
}

const restoreEscapes = (text: string): string =>
  text.replace(STAND_INS, (c) => String.fromCharCode(c.charCodeAt(0) - STAND_IN));

/** MDX written by escapeMdxText → the text it was written from: unescapeMdxText(escapeMdxText(t)) === t. */
export const unescapeMdxText = (mdx: string): string => restoreEscapes(protectEscapes(mdx));

export function mdxPlainText(source: string): string {
  return restoreEscapes(
    protectEscapes(source)
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/(\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  );
}

/** A section's MDX as text split at its subsection headings (## …): what comes before the first, then each subsection. */
export function mdxOutline(source: string): { text: string; subsections: Array<{ title: string; text: string }> } {
  const [lead = '', ...rest] = source.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').split(/^##[ \t]+(.*)$/m);
  const subsections: Array<{ title: string; text: string }> = [];
  for (let i = 0; i < rest.length; i += 2) subsections.push({ title: mdxPlainText(rest[i]!), text: mdxPlainText(rest[i + 1] ?? '') });
  return { text: mdxPlainText(lead), subsections };
}
