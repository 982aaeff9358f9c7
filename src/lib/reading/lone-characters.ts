/**
 * No heading or title may end with a single character alone on its last line (孤字), as in
 * 新荣经济技术开发区2024年法治政府建设年度报 / 告. global.css balances their lines (text-wrap: balance), which
 * most browsers now do; for the rest, and wherever balancing alone is not enough, the last two characters of
 * each are held together here in a <span class="keep-together"> that does not wrap. Only markup is added: the
 * text reads, copies and is indexed for search exactly as before.
 *
 * It runs on each page's finished HTML (src/middleware.ts), so it covers every heading and title whoever
 * wrote it: h1–h6, and p and a elements with the class "title". Neither kind ever contains another of its own
 * tag, so the element ends at the first closing tag of its name.
 */

const TITLES = /<(h[1-6]|p|a)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
const TITLE_CLASS = /\sclass="[^"]*\btitle\b/;
/** The last run of text in an element's content, and the closing or empty tags after it. */
const LAST_TEXT = /([^<>]*)((?:<[^>]*>\s*)*)$/;
/** A character of HTML text: an entity reference or one code point. */
const CHARACTER = /&[#\w]+;|[\s\S]/gu;
/** Marks that may not begin a line anyway (line-break: strict): they go with the characters before them. */
const CLOSING = /^(?:[，。、；：？！”’）》」』…—·\s]|&[#\w]+;)$/u;

/** The content of one heading or title with its last two characters (and any closing marks) held together. */
export function keepLastCharactersTogether(content: string): string {
  const [, text = '', after = ''] = LAST_TEXT.exec(content) ?? [];
  const characters = text.match(CHARACTER) ?? [];
  let tail = characters.length;
  while (tail > 0 && CLOSING.test(characters[tail - 1]!)) tail -= 1;
  const glued = tail - 2;
  if (glued <= 0 || characters.slice(glued, tail).some((character) => /\s/.test(character))) return content;
  const before = content.slice(0, content.length - after.length - text.length);
  return `${before}${characters.slice(0, glued).join('')}<span class="keep-together">${characters.slice(glued).join('')}</span>${after}`;
}

/** Every heading and title of a page's HTML, their last characters held together. */
export function keepTitleEndingsTogether(html: string): string {
  return html.replace(TITLES, (element: string, tag: string, attributes = '', content: string) =>
    tag.startsWith('h') || TITLE_CLASS.test(attributes) ? `<${tag}${attributes}>${keepLastCharactersTogether(content)}</${tag}>` : element,
  );
}
