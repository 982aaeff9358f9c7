/**
 * Numbers the subsection headings of a section (## in its MDX) as in 公文, （一）（二）…, and gives each a
 * stable anchor `<section>-<n>` plus a link to it that readers can copy. The number is never typed by
 * staff, so subsections can be reordered or inserted without renumbering by hand.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { subsectionLabel } from './numbering.ts';
import { subsectionAnchor } from '../routing/urls.ts';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function rehypeSubsectionHeadings() {
  return (tree: Root, file: { data: AstroFileData }): void => {
    const sectionNumber = file.data.astro?.frontmatter?.['number'];
    if (typeof sectionNumber !== 'number') return;
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'h2' || parent === undefined || index === undefined) return;
      count += 1;
      const id = subsectionAnchor(sectionNumber, count);
      node.properties = { ...node.properties, id };
      node.children.unshift({
        type: 'element',
        tagName: 'span',
        properties: { className: ['subsection-number'] },
        children: [{ type: 'text', value: subsectionLabel(count) }],
      });
      const link: ElementContent = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: '本节链接' }] },
        ],
      };
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['subsection-heading'] },
        children: [node, link],
      };
      return index + 1;
    });
  };
}
