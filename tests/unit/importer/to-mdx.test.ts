import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import type { ImportedReport } from '../../../src/importer/parse-document.ts';
import { reportFiles } from '../../../src/importer/to-mdx.ts';
import { escapeMdxText } from '../../../src/lib/report/mdx-text.ts';
import { PLACEHOLDER, placeholderLocations } from '../../../src/lib/report/unfinished.ts';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

// As the site reads MDX: with GFM tables, strike-through and autolinks.
const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

function nodes(tree: Node): Node[] {
  return [tree, ...(tree.children ?? []).flatMap(nodes)];
}

/** What MDX makes of a piece of text: the node types it parses and the text a reader would see. */
function readAsMdx(mdx: string): { types: Set<string>; text: string } {
  const all = nodes(processor.parse(mdx) as Node);
  return {
    types: new Set(all.map((n) => n.type)),
    text: all
      .filter((n) => n.type === 'text')
      .map((n) => n.value)
      .join(''),
  };
}

const HOSTILE = [
  '{1+1}',
  '<script>alert("x")</script>',
  'export const a = 1',
  'import x from "y"',
  '1. 不是列表',
  '- 不是列表',
  '# 不是标题',
  '> 不是引用',
  '**不加粗** _不斜体_ `不是代码` ~~不删除~~',
  '[不是链接](a.html) ![不是图片](b.png)',
  'a | b &amp; &#123; \\ 反斜杠',
  '</div>{/* 注释 */}<!-- 注释 -->',
];

describe('escapeMdxText', () => {
  it.each(HOSTILE)('makes MDX show %j as plain text, with no code, markup or Markdown', (text) => {
    const { types, text: shown } = readAsMdx(escapeMdxText(text));
    expect([...types].sort()).toEqual(['paragraph', 'root', 'text']);
    expect(shown).toBe(text);
  });

  it('lets a web address typed in the report become a link to itself, and nothing else', () => {
    const text = '详见 https://www.gov.cn/zhengce/ 。';
    const { types, text: shown } = readAsMdx(escapeMdxText(text));
    expect([...types].sort()).toEqual(['link', 'paragraph', 'root', 'text']);
    expect(shown).toBe(text);
  });

  it('leaves ordinary report text as it is', () => {
    const text = '严格落实“第一议题”制度，学习《中华人民共和国宪法》（2018年修正）。';
    expect(escapeMdxText(text)).toBe(text);
  });
});

const REPORT: ImportedReport = {
  year: '2025',
  title: '新荣经济技术开发区2025年法治政府建设年度报告',
  issuers: ['新荣经济技术开发区管理委员会'],
  date: '2025-12-05',
  opening: [{ kind: 'paragraph', text: '2025年，新荣经开区{坚持}依法行政。' }],
  sections: [
    {
      title: '主要举措和成效: <b>',
      blocks: [],
      subsections: [
        {
          title: '在学法知法中提升法治思维',
          blocks: [
            { kind: 'item', number: 1, text: '1.加强学习。' },
            {
              kind: 'table',
              rows: [
                ['项目', '数量'],
                ['检查|抽查', '126次', '多出的一格'],
              ],
            },
          ],
        },
      ],
    },
  ],
  dropped: [],
};

describe('reportFiles', () => {
  it('writes report.mdx and one file per section in the shape of content/2024/', () => {
    const files = reportFiles(REPORT);
    expect(files.map((f) => f.name)).toEqual(['report.mdx', '1.mdx']);
    expect(files[0]?.content).toBe(
      '---\ntitle: 新荣经济技术开发区2025年法治政府建设年度报告\nissuer: 新荣经济技术开发区管理委员会\ndate: 2025年12月5日\n---\n\n2025年，新荣经开区\\{坚持\\}依法行政。\n',
    );
    expect(files[1]?.content).toBe(
      [
        '---\nnumber: 1\ntitle: "主要举措和成效: <b>"\n---',
        '## 在学法知法中提升法治思维',
        '1\\.加强学习。',
        '| 项目 | 数量 |   |\n| --- | --- | --- |\n| 检查\\|抽查 | 126次 | 多出的一格 |\n',
      ].join('\n\n'),
    );
  });

  it('writes files that MDX parses into exactly a heading, paragraphs and a table', () => {
    const section = reportFiles(REPORT)[1]!.content.replace(/^---[\s\S]*?---\n/, '');
    const { types } = readAsMdx(section);
    expect([...types].sort()).toEqual(['heading', 'paragraph', 'root', 'table', 'tableCell', 'tableRow', 'text']);
  });

  it('marks a missing issuer and date for staff to fill in, and lists where', () => {
    const files = reportFiles({ ...REPORT, issuers: [], date: undefined });
    expect(files[0]?.content).toContain(`issuer: ${PLACEHOLDER}\n`);
    expect(files[0]?.content).toMatch(/^date: 2025年12月31日 # 【待填写】/m);
    expect(placeholderLocations(files)).toEqual(['report.mdx:3', 'report.mdx:4']);
    expect(placeholderLocations(reportFiles(REPORT))).toEqual([]);
  });
});
