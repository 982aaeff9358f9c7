/**
 * Every URL of the site, relative to its base path. They go into QR codes and printed posters,
 * so they are short, ASCII, end in '/', and never change once published.
 */
import type { Edition } from '../editions/editions.ts';

export const homePath = (): string => '';
export const reportPath = (year: string): string => `${year}/`;
export const sectionPath = (year: string, section: number): string => `${year}/${section}/`;
export const fullTextPath = (year: string): string => `${year}/full/`;
/** A report set beside the one before it, by statutory part: 2025/compare/ compares 2025 with 2024. */
export const comparePath = (year: string): string => `${year}/compare/`;
export const searchPath = (): string => 'search/';
export const feedPath = (): string => 'feed.xml';
/** The printable A4 poster of a report or section page: 2024/poster/, 2024/1/poster/ */
export const posterPath = (pagePath: string): string => `${pagePath}poster/`;

/** The report's original document, the same file for both editions: 2024/original.docx */
export const originalPath = (year: string, extension: string): string => `${year}/original.${extension}`;
/** The picture shown when a report's pages are shared, one for each edition: 2024/share.png */
export const shareImagePath = (year: string): string => `${year}/share.png`;

/** Anchor of a section's heading on the whole-report page: #2 */
export const sectionAnchor = (section: number): string => `${section}`;
/** Anchor of a subsection heading, the same on the section page and the whole-report page: #2-3 */
export const subsectionAnchor = (section: number, subsection: number): string => `${section}-${subsection}`;
/** Anchor of the nth 数说 figure of a subsection (1-2) or of a section before its first subsection (1): #1-2-f1 */
export const figureAnchor = (place: string, n: number): string => `${place}-f${n}`;

/** A path of this module in an edition: the one place that puts an edition's prefix before a path. */
export const editionPath = (edition: Edition, path: string): string => edition.prefix + path;

/** Joins the site's base path ('/' or '/fzbg/') with a path from this module. */
export function withBase(base: string, path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** The absolute URL of a page: what canonical links and QR codes carry. */
export function absoluteUrl(origin: string, base: string, path: string): string {
  return new URL(withBase(base, path), origin).href;
}
