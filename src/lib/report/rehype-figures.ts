/**
 * Marks each 数说 figure of a section in its text, `<span class="figure" id="1-2-f1">12次</span>`, so that a link to
 * it lands on the sentence with the figure highlighted by :target, with no script; and hands the figures it marked
 * to the page through the entry's frontmatter (render(entry).remarkPluginFrontmatter.figures). Only marked figures
 * are handed on, so every figure shown on a card has its anchor. Runs after rehypeSubsectionHeadings, whose
 * anchors it reads to know the subsection each figure is in.
 */
import type { Element, Root, Text } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { figuresInText, type MarkedFigure } from './figures.ts';
import { figureAnchor, sectionAnchor } from '../routing/urls.ts';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Blocks of running text whose figures are looked for; a list item holding paragraphs is left to them. */
const BLOCKS = new Set(['p', 'li', 'td', 'th']);

function textNodes(element: Element): Text[] {
  const found: Text[] = [];
  visit(element, 'text', (node: Text) => {
    found.push(node);
  });
  return found;
}

const holdsBlock = (element: Element): boolean =>
  element.children.some((child) => child.type === 'element' && (BLOCKS.has(child.tagName) || holdsBlock(child)));

/** Wraps text[start, end) of one text node in a figure span; false when the figure straddles two nodes. */
function wrap(block: Element, start: number, end: number, anchor: string): boolean {
  let offset = 0;
  for (const node of textNodes(block)) {
    const from = offset;
    offset += node.value.length;
    if (start < from || end > offset) continue;
    const parent = findParent(block, node);
    if (!parent) return false;
    const value = node.value;
    const figure: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['figure'], id: anchor },
      children: [{ type: 'text', value: value.slice(start - from, end - from) }],
    };
    const pieces = [
      { type: 'text', value: value.slice(0, start - from) } as Text,
      figure,
      { type: 'text', value: value.slice(end - from) } as Text,
    ].filter((piece) => piece.type === 'element' || piece.value !== '');
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
    return true;
  }
  return false;
}

function findParent(root: Element, target: Text): Element | undefined {
  let found: Element | undefined;
  visit(root, (node, _index, parent) => {
    if (node === target) found = parent as Element;
  });
  return found;
}

export function rehypeFigures() {
  return (tree: Root, file: { data: AstroFileData }): void => {
    const frontmatter = file.data.astro?.frontmatter;
    const sectionNumber = frontmatter?.['number'];
    if (frontmatter === undefined || typeof sectionNumber !== 'number') return;
    const figures: MarkedFigure[] = [];
    let place = sectionAnchor(sectionNumber);
    const counts = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h2' && typeof node.properties['id'] === 'string') {
        place = node.properties['id'];
        return SKIP;
      }
      if (!BLOCKS.has(node.tagName) || holdsBlock(node)) return undefined;
      const text = textNodes(node).map((t) => t.value).join('');
      // From the last figure back, so that wrapping one does not move the offsets of those before it.
      const found = figuresInText(text).reverse();
      const marked: MarkedFigure[] = [];
      const first = counts.get(place) ?? 0;
      let n = first + found.length;
      for (const figure of found) {
        const anchor = figureAnchor(place, n);
        if (wrap(node, figure.start, figure.end, anchor)) marked.unshift({ value: figure.value, label: figure.label, anchor, place });
        n -= 1;
      }
      counts.set(place, first + found.length);
      figures.push(...marked);
      return SKIP;
    });
    frontmatter['figures'] = figures;
  };
}
