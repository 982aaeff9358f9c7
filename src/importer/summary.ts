/** What the import tool prints: what it found in the document, then each warning, in Chinese and English. */
import { sectionLabel } from '../lib/report/numbering.ts';
import { formatChineseDate } from '../lib/report/dates.ts';
import { blockText, type ImportedReport, type ImportWarning } from './imported-report.ts';

export interface ReportCounts {
  paragraphs: number;
  tables: number;
  /** Characters of the report's text, spaces not counted. */
  characters: number;
}

export function countReport(report: ImportedReport): ReportCounts {
  const blocks = [
    ...report.opening,
    ...report.sections.flatMap((s) => [...s.blocks, ...s.subsections.flatMap((sub) => sub.blocks)]),
  ];
  const texts = [
    report.title,
    report.issuer ?? '',
    ...report.sections.flatMap((s) => [s.title, ...s.subsections.map((sub) => sub.title)]),
    ...blocks.map(blockText),
  ];
  return {
    paragraphs: blocks.filter((b) => b.kind !== 'table').length,
    tables: blocks.filter((b) => b.kind === 'table').length,
    characters: texts.join('').replace(/\s/g, '').length,
  };
}

export function describeImport(report: ImportedReport, warnings: ImportWarning[], format: string): string {
  const counts = countReport(report);
  const lines = [
    `读取格式 format:      ${format}`,
    `年份 year:            ${report.year}`,
    `标题 title:           ${report.title}`,
    `发布机构 issuer:      ${report.issuer ?? '（未找到 not found）'}`,
    `日期 date:            ${report.date ? `${formatChineseDate(report.date)}（${report.date}）` : '（未找到 not found）'}`,
    `开头段落 opening:     ${report.opening.length}`,
    `章节 sections:        ${report.sections.length}`,
    ...report.sections.map(
      (s, i) => `  ${sectionLabel(i + 1)}${s.title}：${s.subsections.length} 个小标题 subsections`,
    ),
    `段落 paragraphs:      ${counts.paragraphs}${counts.tables > 0 ? `，表格 tables: ${counts.tables}` : ''}`,
    `字数 characters:      ${counts.characters}`,
  ];
  if (warnings.length > 0) {
    lines.push('', `警告 warnings（${warnings.length}）：`);
    for (const warning of warnings) lines.push(`  ⚠ ${warning.chinese}`, `    ${warning.english}`);
  }
  return lines.join('\n');
}
