/**
 * The desk's one door into the importer (src/importer/): the same reading, parsing and content files as
 * `npm run report:import`, with the summary as data for the page rather than as printed lines. Everything the
 * desk knows of the importer passes through here, so that following the importer's changes is a change to
 * this file only.
 */
import { unzipSync } from 'fflate';
import { formatChineseDate } from '../lib/report/dates.ts';
import { sectionLabel } from '../lib/report/numbering.ts';
import { findParts, partPlaceLabel } from '../lib/report/parts.ts';
import { placeholderLocations } from '../lib/report/unfinished.ts';
import { blockText, type ImportedReport, type ImportWarning } from '../importer/imported-report.ts';
import * as messages from '../importer/messages.ts';
import { parseReport } from '../importer/parse-document.ts';
import { readSource } from '../importer/read-source.ts';
import { ImportError } from '../importer/source.ts';
import { countReport, sectionTexts } from '../importer/summary.ts';
import { reportFiles, type ContentFile } from '../importer/to-mdx.ts';
import type { OriginalFile } from '../importer/write-year.ts';

export { ImportError };
export { writeYearFolder } from '../importer/write-year.ts';
export { skeletonFiles } from '../importer/skeleton.ts';
export type { ContentFile, OriginalFile };

/**
 * The most a .docx may unpack to. A report's text is a few MB of XML at most; an archive that claims more is
 * not a report (or is a zip bomb), and is refused before anything is unpacked.
 */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** Where in the report a paragraph is: the page it is on and the words that find it there. */
export interface ParagraphPlace {
  /** 0 for the report page (title and opening), else the section's number. */
  section: number;
  /** The subsection's anchor on the section page, 1-2, where the paragraph is under one. */
  anchor?: string;
  /** The paragraph's opening words, which the preview marks. */
  words: string;
}

export interface DeskWarning {
  chinese: string;
  english: string;
  /** The paragraph the warning is about, where it names one. */
  place?: ParagraphPlace;
}

export interface ImportSummary {
  format: string;
  year: string;
  title: string;
  issuers: string[];
  /** 2025年12月8日, or undefined when the document has none. */
  date?: string;
  opening: number;
  sections: Array<{ label: string; title: string; subsections: number; paragraphs: number; characters: number }>;
  paragraphs: number;
  tables: number;
  characters: number;
  parts: Array<{ name: string; english: string; places: string[] }>;
  dropped: string[];
  warnings: DeskWarning[];
  /** file:line where 【待填写】 still stands. */
  unfinished: string[];
}

export interface ImportedYear {
  summary: ImportSummary;
  report: ImportedReport;
  files: ContentFile[];
  original: OriginalFile;
}

/** Refuses a .docx that would unpack to more than MAX_UNPACKED_BYTES, from the sizes its archive declares. */
function refuseOversizedArchive(bytes: Uint8Array, name: string): void {
  if (!/\.docx$/i.test(name)) return;
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        return false;
      },
    });
  } catch {
    return; // Not an archive at all: the importer says so in its own words.
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new ImportError({
      chinese: `文件 ${name} 解压后超过 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB，不像是一份报告（可能嵌入了很大的图片或视频，也可能已损坏）。请删去图片等后另存为 .docx，或另存为纯文本 .txt 再导入。`,
      english: `File ${name} unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, which no report does (large pictures or video embedded, or a damaged file). Remove pictures and save it as .docx again, or save it as plain text .txt, then import that.`,
    });
  }
}

/** Each paragraph of the report with where it stands, for finding the paragraph a warning quotes. */
function paragraphPlaces(report: ImportedReport): Array<ParagraphPlace & { text: string }> {
  const place = (text: string, section: number, anchor?: string) => ({
    text,
    section,
    words: text.slice(0, 16),
    ...(anchor ? { anchor } : {}),
  });
  return [
    ...report.opening.map((block) => place(blockText(block), 0)),
    ...report.sections.flatMap((section, i) => [
      place(section.title, i + 1),
      ...section.blocks.map((block) => place(blockText(block), i + 1)),
      ...section.subsections.flatMap((sub, j) => [
        place(sub.title, i + 1, `${i + 1}-${j + 1}`),
        ...sub.blocks.map((block) => place(blockText(block), i + 1, `${i + 1}-${j + 1}`)),
      ]),
    ]),
  ];
}

/** The paragraph a warning quotes (“……”), found by its quoted opening words. */
function warningPlace(warning: ImportWarning, places: ReturnType<typeof paragraphPlaces>): ParagraphPlace | undefined {
  for (const [, quoted = ''] of warning.chinese.matchAll(/“([^”]+)”/g)) {
    const words = quoted.replace(/……$/, '');
    const found = words.length >= 2 ? places.find((p) => p.text.startsWith(words)) : undefined;
    if (found) return { section: found.section, words: found.words, ...(found.anchor ? { anchor: found.anchor } : {}) };
  }
  return undefined;
}

function summarize(report: ImportedReport, warnings: ImportWarning[], format: string, files: ContentFile[]): ImportSummary {
  const counts = countReport(report);
  const places = paragraphPlaces(report);
  return {
    format,
    year: report.year,
    title: report.title,
    issuers: report.issuers,
    ...(report.date ? { date: formatChineseDate(report.date) } : {}),
    opening: report.opening.length,
    sections: report.sections.map((section, i) => {
      const blocks = [...section.blocks, ...section.subsections.flatMap((sub) => sub.blocks)];
      return {
        label: sectionLabel(i + 1),
        title: section.title,
        subsections: section.subsections.length,
        paragraphs: blocks.filter((b) => b.kind !== 'table').length,
        characters: blocks.map(blockText).join('').replace(/\s/g, '').length,
      };
    }),
    ...counts,
    parts: findParts(sectionTexts(report)).map(({ part, places: found }) => ({
      name: part.name,
      english: part.english,
      places: found.map(partPlaceLabel),
    })),
    dropped: report.dropped,
    warnings: warnings.map((warning) => {
      const place = warningPlace(warning, places);
      return { chinese: warning.chinese, english: warning.english, ...(place ? { place } : {}) };
    }),
    unfinished: placeholderLocations(files),
  };
}

/** A dropped file → the year's content files and what the page shows; throws ImportError as report:import does. */
export function importDocument(bytes: Uint8Array, fileName: string, year?: string): ImportedYear {
  refuseOversizedArchive(bytes, fileName);
  const { blocks, format, original } = readSource(bytes, fileName);
  let parsed: ReturnType<typeof parseReport>;
  try {
    parsed = parseReport(blocks, year ? { year } : {});
  } catch (error) {
    if (error instanceof ImportError) throw new ImportError(messages.inFile(fileName, error));
    throw error;
  }
  const files = reportFiles(parsed.report);
  return { summary: summarize(parsed.report, parsed.warnings, format, files), report: parsed.report, files, original };
}


/** The report's whole text, piece by piece with where each piece is, for the sensitive-data scan. */
export function reportTexts(report: ImportedReport): Array<{ where: string; text: string }> {
  const blocks = (where: string, list: ImportedReport['opening']) => list.map((block) => ({ where, text: blockText(block) }));
  return [
    { where: '标题', text: report.title },
    ...report.issuers.map((issuer) => ({ where: '落款', text: issuer })),
    ...blocks('开头段落', report.opening),
    ...(report.openingNotes ?? []).map((note) => ({ where: '开头段落的注释', text: note })),
    ...report.sections.flatMap((section, i) => {
      const where = `${sectionLabel(i + 1)}${section.title}`;
      return [
        { where, text: section.title },
        ...blocks(where, section.blocks),
        ...section.subsections.flatMap((sub) => [{ where, text: sub.title }, ...blocks(where, sub.blocks)]),
        ...(section.notes ?? []).map((note) => ({ where, text: note })),
      ];
    }),
  ];
}
