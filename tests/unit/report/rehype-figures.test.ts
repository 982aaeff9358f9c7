import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { rehypeFigures } from '../../../src/lib/report/rehype-figures.ts';
import { rehypeSubsectionHeadings } from '../../../src/lib/report/rehype-subsection-headings.ts';
import type { MarkedFigure } from '../../../src/lib/report/figures.ts';

/** A section's HTML through both plugins, as the build runs them: the marked HTML and the figures handed on. */
function mark(html: string, frontmatter: Record<string, unknown> = { number: 2 }) {
  const tree = fromHtml(html, { fragment: true });
  const file = { data: { astro: { frontmatter } } };
  rehypeSubsectionHeadings()(tree, file);
  rehypeFigures()(tree, file);
  return { html: toHtml(tree), figures: file.data.astro.frontmatter['figures'] as MarkedFigure[] | undefined };
}

describe('rehypeFigures', () => {
  it('wraps each figure in a span with an anchor numbered within its subsection', () => {
    const { html, figures } = mark('<p>引言，发放手册30册。</p><h2>学法</h2><p>开展集中学习8次，专题研讨2次。</p><h2>用法</h2><p>办理案件5件。</p>');
    expect(html).toContain('发放手册<span class="figure" id="2-f1">30册</span>。');
    expect(html).toContain('集中学习<span class="figure" id="2-1-f1">8次</span>，专题研讨<span class="figure" id="2-1-f2">2次</span>');
    expect(html).toContain('办理案件<span class="figure" id="2-2-f1">5件</span>');
    expect(figures).toEqual([
      { value: '30册', label: '发放手册', anchor: '2-f1', place: '2' },
      { value: '8次', label: '集中学习', anchor: '2-1-f1', place: '2-1' },
      { value: '2次', label: '专题研讨', anchor: '2-1-f2', place: '2-1' },
      { value: '5件', label: '办理案件', anchor: '2-2-f1', place: '2-2' },
    ]);
  });

  it('reads a clause across emphasis, and wraps the figure inside it', () => {
    const { html, figures } = mark('<h2>学法</h2><p>开展<strong>理论中心组学习12次</strong>。</p>');
    expect(html).toContain('<strong>理论中心组学习<span class="figure" id="2-1-f1">12次</span></strong>');
    expect(figures?.map((f) => f.label)).toEqual(['理论中心组学习']);
  });

  it('hands on no figure it could not mark: one split across two elements', () => {
    const { html, figures } = mark('<h2>学法</h2><p>开展学习<strong>12</strong>次。</p>');
    expect(html).not.toContain('class="figure"');
    expect(figures).toEqual([]);
  });

  it('leaves the opening of a report, which has no section number, alone', () => {
    expect(mark('<p>开展学习12次。</p>', { title: '报告' })).toEqual({ html: '<p>开展学习12次。</p>', figures: undefined });
  });
});
