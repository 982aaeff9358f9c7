/** The little of XML that reading a .docx needs: its tokens, an attribute's value, entities. */

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

export function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
}

export type XmlToken =
  | { kind: 'tag'; name: string; opening: boolean; selfClosing: boolean; attributes: string }
  | { kind: 'text'; text: string };

/** The tags and text of an XML document, in order; text is still entity-encoded. */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  for (const [, closing, name = '', attributes = '', selfClosing, text] of xml.matchAll(
    /<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g,
  )) {
    if (text !== undefined) yield { kind: 'text', text };
    else yield { kind: 'tag', name, opening: !closing, selfClosing: Boolean(selfClosing), attributes };
  }
}
