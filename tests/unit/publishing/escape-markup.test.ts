import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { escapeMarkup } from '../../../src/lib/publishing/escape-markup.ts';

describe('escapeMarkup', () => {
  const hostile = `"><script>alert('x')</script>&amp;`;

  it('keeps text as text in element content', () => {
    const tree = fromHtml(`<p>${escapeMarkup(hostile)}</p>`, { fragment: true });
    expect(tree.children).toHaveLength(1);
    expect(JSON.stringify(tree)).toContain(JSON.stringify(hostile).slice(1, -1));
  });

  it('keeps an attribute value whole, in double or single quotes', () => {
    for (const quote of ['"', "'"]) {
      const tree = fromHtml(`<a title=${quote}${escapeMarkup(hostile)}${quote}>x</a>`, { fragment: true });
      const link = tree.children[0];
      expect(link?.type === 'element' && link.properties['title']).toBe(hostile);
    }
  });

  it('leaves Chinese text alone', () => {
    expect(escapeMarkup('“亲”“清”政商关系《护航》')).toBe('“亲”“清”政商关系《护航》');
  });
});
