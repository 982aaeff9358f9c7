/**
 * The report model: turns validated content entries into reports with their sections in order,
 * numbered, linked to their neighbours and to their URLs. Pages only read what this returns.
 *
 * It also checks what a schema cannot see in one entry alone: every section belongs to a report
 * of the same year, and each report's sections are numbered 1, 2, 3… without gaps or repeats.
 */
import { sectionLabel } from './numbering.ts';
import { formatChineseDate, type PublicationTime } from './dates.ts';
import { fullTextPath, reportPath, sectionAnchor, sectionPath } from '../routing/urls.ts';

/** What a 信息公开 page states about a report besides its title, issuer and date: each only once it is known. */
export interface DisclosureRecord {
  /** 索引号 */
  indexNumber?: string | undefined;
  /** 主题分类 */
  topic?: string | undefined;
  /** 文号 */
  documentNumber?: string | undefined;
  /** 发布日期: when the site published it, not the date of signature. */
  published?: PublicationTime | undefined;
}

/** The document as it was received (content/<year>/original.docx or .txt), offered for download. */
export interface OriginalDocument {
  /** Its URL path, without the edition's prefix: the same file serves both editions. 2024/original.docx */
  path: string;
  /** The file in the content folder, read at build time. */
  file: string;
  /** Word or 文本 */
  format: string;
  bytes: number;
}

export interface ReportInput<Opening> {
  /** The year, taken from the folder the entry lives in (content/2024/report.mdx → 2024). */
  year: string;
  filePath: string;
  title: string;
  /** Who issued the report, in the order of the signature: one office, or several for a joint report. */
  issuers: string[];
  date: string;
  /** The 信息公开 facts given in its front matter; none when left out. */
  disclosure?: DisclosureRecord;
  /** The original document kept beside it, if any. */
  original?: OriginalDocument | undefined;
  /** The opening paragraph, in whatever form the pages render it. */
  opening: Opening;
  /** Which part of this report answers which of the previous year's plans, where staff said so. */
  answers?: PlanAnswer[] | undefined;
}

/** A plan of the previous year's report (its anchor there, 3-1) and the part of this report that answers it (1-2). */
export interface PlanAnswer {
  plan: string;
  section: string;
}

export interface SectionInput<Body> {
  year: string;
  filePath: string;
  number: number;
  title: string;
  body: Body;
}

export interface SubsectionHeading {
  /** The heading's anchor, e.g. 1-2 */
  id: string;
  /** The heading as shown, with its number: （二）在守法用法中扛起法治担当 */
  text: string;
}

export interface Section<Body> {
  year: string;
  number: number;
  /** 一、 */
  label: string;
  /** 主要工作成效 */
  title: string;
  path: string;
  /** Anchor of the section on the whole-report page. */
  anchor: string;
  body: Body;
  previous: Section<Body> | undefined;
  next: Section<Body> | undefined;
}

export interface Report<Opening, Body> {
  year: string;
  title: string;
  /** One office, or several in the order of the signature for a joint report. */
  issuers: string[];
  /** ISO date, 2024-12-05 */
  date: string;
  /** 2024年12月5日 */
  displayDate: string;
  disclosure: DisclosureRecord;
  original: OriginalDocument | undefined;
  path: string;
  fullTextPath: string;
  opening: Opening;
  sections: Section<Body>[];
  /** The file of the report's identity, content/2025/report.mdx, for messages about it. */
  filePath: string;
  answers: PlanAnswer[];
}

/** A content mistake that staff must fix: names the file and the field, in Chinese and English. */
export class ContentError extends Error {
  readonly filePath: string;
  readonly field: string;

  constructor(filePath: string, field: string, chinese: string, english: string) {
    super(`${filePath}（字段 field: ${field}）\n${chinese}\n${english}`);
    this.name = 'ContentError';
    this.filePath = filePath;
    this.field = field;
  }
}

/** The issuers on one line, as the home page, 发布机构 and 来源 show them: 中共××工作委员会、××管理委员会 */
export function issuersInOneLine(issuers: readonly string[]): string {
  return issuers.join('、');
}

const YEAR_FOLDER = /^\d{4}$/;

/**
 * Reports newest first, each with its sections in number order. Their paths are free of editions (2024/1/):
 * a page puts its edition's prefix on them through its route data. Throws ContentError on the first inconsistency.
 */
export function assembleReports<Opening, Body>(
  reports: ReportInput<Opening>[],
  sections: SectionInput<Body>[],
): Report<Opening, Body>[] {
  const byYear = new Map<string, Report<Opening, Body>>();
  for (const input of reports) {
    if (!YEAR_FOLDER.test(input.year)) {
      throw new ContentError(
        input.filePath,
        'year',
        `报告所在文件夹应以四位年份命名，例如 content/2025/report.mdx，而不是“${input.year}”。`,
        `The report's folder must be named after its four-digit year, e.g. content/2025/report.mdx, not "${input.year}".`,
      );
    }
    byYear.set(input.year, {
      year: input.year,
      title: input.title,
      issuers: input.issuers,
      date: input.date,
      displayDate: formatChineseDate(input.date),
      disclosure: input.disclosure ?? {},
      original: input.original,
      path: reportPath(input.year),
      fullTextPath: fullTextPath(input.year),
      opening: input.opening,
      sections: [],
      filePath: input.filePath,
      answers: input.answers ?? [],
    });
  }

  const filesByYearAndNumber = new Map<string, string>();
  for (const input of sections) {
    const report = byYear.get(input.year);
    if (!report) {
      throw new ContentError(
        input.filePath,
        'year',
        `该章节所在的 content/${input.year}/ 文件夹里没有 report.mdx（报告标题、发布机构和日期）。请补上，或把章节移到正确年份的文件夹。`,
        `There is no content/${input.year}/report.mdx (the report's title, issuer and date) for this section. Add it, or move the section to the right year's folder.`,
      );
    }
    const key = `${input.year}/${input.number}`;
    const other = filesByYearAndNumber.get(key);
    if (other) {
      throw new ContentError(
        input.filePath,
        'number',
        `章节序号 ${input.number} 与 ${other} 重复。每一章的序号在同一年份中必须唯一。`,
        `Section number ${input.number} is already used by ${other}. Each section of a year needs its own number.`,
      );
    }
    filesByYearAndNumber.set(key, input.filePath);
    report.sections.push({
      year: input.year,
      number: input.number,
      label: sectionLabel(input.number),
      title: input.title,
      path: sectionPath(input.year, input.number),
      anchor: sectionAnchor(input.number),
      body: input.body,
      previous: undefined,
      next: undefined,
    });
  }

  for (const report of byYear.values()) {
    const reportFile = reports.find((r) => r.year === report.year)?.filePath ?? `content/${report.year}/report.mdx`;
    if (report.sections.length === 0) {
      throw new ContentError(
        reportFile,
        'sections',
        `${report.year} 年的报告还没有任何章节。请在 content/${report.year}/ 中加入 1.mdx、2.mdx……`,
        `The ${report.year} report has no sections yet. Add 1.mdx, 2.mdx, … to content/${report.year}/.`,
      );
    }
    report.sections.sort((a, b) => a.number - b.number);
    report.sections.forEach((section, index) => {
      if (section.number !== index + 1) {
        const file = filesByYearAndNumber.get(`${report.year}/${section.number}`) ?? reportFile;
        throw new ContentError(
          file,
          'number',
          `${report.year} 年的章节应从 1 起连续编号，缺少第 ${index + 1} 章（这里是第 ${section.number} 章）。`,
          `The ${report.year} sections must be numbered 1, 2, 3… without gaps: section ${index + 1} is missing (this file is section ${section.number}).`,
        );
      }
      section.previous = report.sections[index - 1];
      section.next = report.sections[index + 1];
    });
  }

  return [...byYear.values()].sort((a, b) => b.year.localeCompare(a.year));
}
