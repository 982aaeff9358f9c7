/**
 * An empty report for a year, to be filled in by hand: it builds, and it is plainly unfinished, since
 * every part that needs words says 【待填写】 on the page until someone writes them. The guidance is in
 * MDX comments, which are never published.
 */
import { REQUIRED_PARTS } from '../lib/report/parts.ts';
import { PLACEHOLDER } from '../lib/report/unfinished.ts';
import { reportFrontMatter, sectionFrontMatter } from './front-matter.ts';
import type { ContentFile } from './to-mdx.ts';

const GENERAL_GUIDANCE = [
  '填写说明（此注释不会发布）：',
  '- 每段文字之间空一行；段首不要空格，网站自动排版。',
  '- 标点用全角：，。；：“”《》（）。',
  '- 花括号 { } 和尖括号 < > 前要加反斜杠，写作 \\{ \\} \\< \\>，否则会被当作代码。',
  '- 把所有标着“待填写”的地方替换为正文后才能发布。',
  '- 也可以不手填：用 npm run report:import -- 报告.docx --force 从 Word 文档导入。',
].join('\n');

/** The newest report's identity, which a new year starts from. */
export interface PreviousReport {
  year: string;
  title: string;
  issuers: string[];
}

/**
 * Content files for a year nobody has written yet: one section for each part the regulation asks for. Title
 * and issuers follow the previous report when there is one.
 */
export function skeletonFiles(year: string, previous?: PreviousReport): ContentFile[] {
  const title = previous
    ? previous.title.replaceAll(previous.year, year)
    : `${PLACEHOLDER}${year}年法治政府建设年度报告`;
  const report = [
    reportFrontMatter(year, { title, issuers: previous?.issuers ?? [], date: undefined }),
    '',
    `{/*\n${GENERAL_GUIDANCE}\n\n下面写报告的开头段落，例如“${year}年，……现将法治政府建设情况报告如下：”。\n*/}`,
    '',
    `${PLACEHOLDER}开头段落`,
    '',
  ].join('\n');
  return [
    { name: 'report.mdx', content: report },
    ...REQUIRED_PARTS.map((section, index) => ({
      name: `${index + 1}.mdx`,
      content: [
        sectionFrontMatter(index + 1, section.title),
        '',
        `{/* ${section.guidance} */}`,
        '',
        `${PLACEHOLDER}${section.title}`,
        '',
      ].join('\n'),
    })),
  ];
}
