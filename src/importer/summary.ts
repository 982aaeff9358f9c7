/**
 * What an import found, as data (for the command line and the staff desk alike) and as the text the command
 * prints: the report's identity, its sections with their counts, the checklist of the parts the regulation
 * asks for, the 公文's other parts and what became of them, the web-page lines left out, then each warning.
 */
import { formatChineseDate } from '../lib/report/dates.ts';
import { sectionLabel } from '../lib/report/numbering.ts';
import { findParts, partPlaceLabel, type SectionText } from '../lib/report/parts.ts';
import { zoneOf, type FoundPart, type GongwenPart } from './gongwen-parts.ts';
import { blockText, type ContentBlock, type ImportedReport, type ImportWarning } from './imported-report.ts';
import type { Message } from './messages.ts';

export interface ReportCounts {
  paragraphs: number;
  tables: number;
  /** Characters of the text, spaces not counted. */
  characters: number;
}

export interface SectionSummary extends ReportCounts {
  /** 一、 */
  label: string;
  title: string;
  subsections: number;
}

/** One of the parts 《法治政府建设与责任落实督察工作规定》第二十五条 asks for, and where the report tells it (none: not found). */
export interface ChecklistEntry {
  part: string;
  english: string;
  places: string[];
}

/** Ready to write, or a document of another kind that staff must confirm before it is published as this one. */
export type ImportOutcome = { kind: 'ready' } | { kind: 'different-report'; reportKind: string; message: Message };

export interface ImportSummary {
  /** What the file was read as: Word .docx, UTF-8 text, GBK text, UTF-16 text. */
  format: string;
  report: ImportedReport;
  opening: ReportCounts;
  sections: SectionSummary[];
  totals: ReportCounts;
  checklist: ChecklistEntry[];
  /** The 公文's parts besides its 正文 (GB/T 9704-2012), in document order. */
  parts: FoundPart[];
  /** The web page's lines left out, in document order. */
  removedLines: string[];
  warnings: ImportWarning[];
  outcome: ImportOutcome;
}

const count = (blocks: ContentBlock[], headings: string[]): ReportCounts => ({
  paragraphs: blocks.filter((b) => b.kind !== 'table').length,
  tables: blocks.filter((b) => b.kind === 'table').length,
  characters: [...headings, ...blocks.map(blockText)].join('').replace(/\s/g, '').length,
});

const sum = (counts: ReportCounts[]): ReportCounts => ({
  paragraphs: counts.reduce((n, c) => n + c.paragraphs, 0),
  tables: counts.reduce((n, c) => n + c.tables, 0),
  characters: counts.reduce((n, c) => n + c.characters, 0),
});

/** The whole report's counts: title, issuers, opening, every heading and paragraph. */
export function countReport(report: ImportedReport): ReportCounts {
  return sum([count(report.opening, [report.title, ...report.issuers]), ...sectionSummaries(report)]);
}

function sectionSummaries(report: ImportedReport): SectionSummary[] {
  return report.sections.map((section, index) => ({
    label: sectionLabel(index + 1),
    title: section.title,
    subsections: section.subsections.length,
    ...count([...section.blocks, ...section.subsections.flatMap((sub) => sub.blocks)], [
      section.title,
      ...section.subsections.map((sub) => sub.title),
    ]),
  }));
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

export function checklist(report: ImportedReport): ChecklistEntry[] {
  return findParts(sectionTexts(report)).map(({ part, places }) => ({
    part: part.name,
    english: part.english,
    places: places.map(partPlaceLabel),
  }));
}

export function summarize(
  report: ImportedReport,
  found: { parts: FoundPart[]; warnings: ImportWarning[]; format: string; outcome?: ImportOutcome },
): ImportSummary {
  return {
    format: found.format,
    report,
    opening: count(report.opening, []),
    sections: sectionSummaries(report),
    totals: countReport(report),
    checklist: checklist(report),
    parts: found.parts,
    removedLines: report.dropped,
    warnings: found.warnings,
    outcome: found.outcome ?? { kind: 'ready' },
  };
}

/** ✓ and where, or ✗, for each part of 《法治政府建设与责任落实督察工作规定》第二十五条. */
export function partsChecklist(report: ImportedReport): string[] {
  return [
    '法定内容 required parts（《法治政府建设与责任落实督察工作规定》第二十五条）：',
    ...checklist(report).map(({ part, english, places }) =>
      places.length > 0 ? `  ✓ ${part}：${places.join('；')}` : `  ✗ ${part}：未找到 not found (${english})`,
    ),
  ];
}

/** What becomes of each 公文 part on the site: the identity fields it fills, or nothing. */
const ON_SITE: Partial<Record<GongwenPart, string>> = {
  标题: '→ title',
  发文字号: '→ documentNumber',
  发文机关署名: '→ issuer',
  成文日期: '→ date',
};

function partLines(parts: FoundPart[]): string[] {
  if (parts.length === 0) return [];
  return [
    '',
    '公文各部分 parts of the document（GB/T 9704-2012）：',
    ...parts.map(
      (found) =>
        `  ${zoneOf(found.part)}·${found.part}（第 ${found.paragraph} 段）：${found.text}　${ON_SITE[found.part] ?? '不发布 not published'}`,
    ),
  ];
}

export function describeImport(summary: ImportSummary): string {
  const { report, totals } = summary;
  const [firstIssuer = '（未找到 not found）', ...jointIssuers] = report.issuers;
  const lines = [
    `读取格式 format:      ${summary.format}`,
    `年份 year:            ${report.year}`,
    `标题 title:           ${report.title}`,
    ...(report.documentNumber ? [`发文字号 number:      ${report.documentNumber}`] : []),
    `发布机构 issuer:      ${firstIssuer}`,
    ...jointIssuers.map((issuer) => `                      ${issuer}`),
    `日期 date:            ${report.date ? `${formatChineseDate(report.date)}（${report.date}）` : '（未找到 not found）'}`,
    `开头段落 opening:     ${report.opening.length}`,
    `章节 sections:        ${report.sections.length}`,
    ...summary.sections.map(
      (s) => `  ${s.label}${s.title}：${s.subsections} 个小标题 subsections，${s.paragraphs} 段 paragraphs，${s.characters} 字 characters`,
    ),
    `段落 paragraphs:      ${totals.paragraphs}${totals.tables > 0 ? `，表格 tables: ${totals.tables}` : ''}`,
    `字数 characters:      ${totals.characters}`,
    '',
    ...partsChecklist(report),
    ...partLines(summary.parts),
  ];
  if (summary.removedLines.length > 0) {
    lines.push('', `已去掉的网页内容 web-page lines left out（${summary.removedLines.length}）：`);
    for (const line of summary.removedLines) lines.push(`  − ${line}`);
  }
  if (summary.warnings.length > 0) {
    lines.push('', `警告 warnings（${summary.warnings.length}）：`);
    for (const warning of summary.warnings) {
      const where = warning.paragraph === undefined ? '' : `第 ${warning.paragraph} 段 paragraph ${warning.paragraph}：`;
      lines.push(`  ⚠ ${where}${warning.chinese}`, `    ${warning.english}`);
    }
  }
  if (summary.outcome.kind === 'different-report') {
    lines.push('', `✋ ${summary.outcome.message.chinese}`, `  ${summary.outcome.message.english}`);
  }
  return lines.join('\n');
}
