/**
 * The document a report was imported from, kept byte for byte beside it as content/<year>/original.docx or
 * original.txt (see src/importer/write-year.ts). The site offers it for download as 附件; a year without one
 * (typed in by hand, or published before originals were kept) simply has none.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { originalPath } from '../routing/urls.ts';
import type { OriginalDocument } from './model.ts';

/** The kinds of original the importer keeps, by extension, with the name readers know them by. */
export const ORIGINAL_FORMATS = [
  { extension: 'docx', format: 'Word', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { extension: 'txt', format: '文本', contentType: 'text/plain; charset=utf-8' },
] as const;

/** The original kept in a year's folder, if there is one. */
export function findOriginal(yearFolder: string, year: string): OriginalDocument | undefined {
  for (const { extension, format } of ORIGINAL_FORMATS) {
    const file = path.join(yearFolder, `original.${extension}`);
    const info = statSync(file, { throwIfNoEntry: false });
    if (info?.isFile()) return { path: originalPath(year, extension), file, format, bytes: info.size };
  }
  return undefined;
}

/** 38 KB, 1.2 MB: sizes as a download link states them, never 0 KB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** 原文（Word，38 KB） */
export const originalLabel = ({ format, bytes }: OriginalDocument): string => `原文（${format}，${formatFileSize(bytes)}）`;
