/**
 * What the import tool prints: what it found in the document, the checklist of the parts the regulation
 * asks for, the web-page lines it left out, then each warning, in Chinese and English.
 */
import { formatChineseDate } from '../lib/report/dates.ts';
import { sectionLabel } from '../lib/report/numbering.ts';
import { findParts, partPlaceLabel, type SectionText } from '../lib/report/parts.ts';
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
    ...report.issuers,
    ...report.sections.flatMap((s) => [s.title, ...s.subsections.map((sub) => sub.title)]),
    ...blocks.map(blockText),
  ];
  return {
    paragraphs: blocks.filter((b) => b.kind !== 'table').length,
    tables: blocks.filter((b) => b.kind === 'table').length,
    characters: texts.join('').replace(/\s/g, '').length,
  };
}

/** The report's sections as the required-parts classifier reads them. */
export function sectionTexts(report: ImportedReport): SectionText[] {
  return report.sections.map((section, index) => ({
    number: index + 1,
    title: section.title,
    text: section.blocks.map(blockText).join('\n'),
    subsections: section.subsections.map((sub) => ({ title: sub.title, text: sub.blocks.map(blockText).join('\n') })),
  }));
}

/** ✓ and where, or ✗, for each part of 《法治政府建设与责任落实督察工作规定》第二十五条. */
export function partsChecklist(report: ImportedReport): string[] {
  return [
    '法定内容 required parts（《法治政府建设与责任落实督察工作规定》第二十五条）：',
    ...findParts(sectionTexts(report)).map(({ part, places }) =>
      places.length > 0
        ? `  ✓ ${part.name}：${places.map(partPlaceLabel).join('；')}`
        : `  ✗ ${part.name}：未找到 not found (${part.english})`,
    ),
  ];
}

export function describeImport(report: ImportedReport, warnings: ImportWarning[], format: string): string {
  const counts = countReport(report);
  const [firstIssuer = '（未找到 not found）', ...jointIssuers] = report.issuers;
  const lines = [
    `读取格式 format:      ${format}`,
    `年份 year:            ${report.year}`,
    `标题 title:           ${report.title}`,
    `发布机构 issuer:      ${firstIssuer}`,
    ...jointIssuers.map((issuer) => `                      ${issuer}`),
    `日期 date:            ${report.date ? `${formatChineseDate(report.date)}（${report.date}）` : '（未找到 not found）'}`,
    `开头段落 opening:     ${report.opening.length}`,
    `章节 sections:        ${report.sections.length}`,
    ...report.sections.map(
      (s, i) => `  ${sectionLabel(i + 1)}${s.title}：${s.subsections.length} 个小标题 subsections`,
    ),
    `段落 paragraphs:      ${counts.paragraphs}${counts.tables > 0 ? `，表格 tables: ${counts.tables}` : ''}`,
    `字数 characters:      ${counts.characters}`,
    '',
    ...partsChecklist(report),
  ];
  if (report.dropped.length > 0) {
    lines.push('', `已去掉的网页内容 web-page lines left out（${report.dropped.length}）：`);
    for (const line of report.dropped) lines.push(`  − ${line}`);
  }
  if (warnings.length > 0) {
    lines.push('', `警告 warnings（${warnings.length}）：`);
    for (const warning of warnings) lines.push(`  ⚠ ${warning.chinese}`, `    ${warning.english}`);
  }
  return lines.join('\n');
}
