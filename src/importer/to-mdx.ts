/**
 * The imported report as the content files of its year: report.mdx and one <n>.mdx per section, in the
 * shape content/2024/ has. Every piece of document text is escaped so that MDX reads it as text only:
 * a document can never run code, add markup or break the build.
 */
import { escapeMdxText } from '../lib/report/mdx-text.ts';
import { reportFrontMatter, sectionFrontMatter } from './front-matter.ts';
import type { ContentBlock, ImportedReport } from './imported-report.ts';

export interface ContentFile {
  /** File name inside content/<year>/ */
  name: string;
  content: string;
}

function tableMdx(rows: string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => escapeMdxText(cells[i] ?? '') || ' ').join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}

function blockMdx(block: ContentBlock): string {
  return block.kind === 'table' ? tableMdx(block.rows) : escapeMdxText(block.text);
}

/** The notes a file's text refers to, at its end: 注释： then each note, mark first. */
function notesMdx(notes: string[] = []): string[] {
  return notes.length === 0 ? [] : ['注释：', ...notes.map(escapeMdxText)];
}

/** The files of a year's content folder for an imported report. */
export function reportFiles(report: ImportedReport): ContentFile[] {
  const frontMatter = reportFrontMatter(report.year, report);
  const files: ContentFile[] = [
    {
      name: 'report.mdx',
      content: `${[frontMatter, ...report.opening.map(blockMdx), ...notesMdx(report.openingNotes)].join('\n\n')}\n`,
    },
  ];
  report.sections.forEach((section, index) => {
    const parts = [
      sectionFrontMatter(index + 1, section.title),
      ...section.blocks.map(blockMdx),
      ...section.subsections.flatMap((subsection) => [
        `## ${escapeMdxText(subsection.title)}`,
        ...subsection.blocks.map(blockMdx),
      ]),
      ...notesMdx(section.notes),
    ];
    files.push({ name: `${index + 1}.mdx`, content: `${parts.join('\n\n')}\n` });
  });
  return files;
}
