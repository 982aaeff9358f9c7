/**
 * Reads a report typed in the 公文 style into the report's structure, in named steps: the document's lines,
 * without what a web page added, the title block and opening, the signature, the sections, then the checks. Headings are recognized by their
 * numbering prefixes; the font of the opening words (see SourceParagraph) only tells where a run-in heading
 * ends. Everything it doubts becomes a warning for staff, in Chinese and English (see messages.ts); which of
 * the required parts the report tells is summary.ts's checklist, from src/lib/report/parts.ts.
 */
import { documentLevels, headingOf } from './headings.ts';
import type { ImportWarning, ParseResult } from './imported-report.ts';
import { isLine, readLines } from './lines.ts';
import * as messages from './messages.ts';
import { readSections } from './sections.ts';
import { ImportError, type SourceBlock } from './source.ts';
import { readTail } from './tail.ts';
import { readFront, readOpening, readYear } from './title-block.ts';

export type { ContentBlock, ImportedReport, ImportedSection, ImportWarning, ParseResult } from './imported-report.ts';
export { normalizeParagraph } from './lines.ts';

/** An HTML element written into the text: <script>, <b>, </p>… (a lone < or >, as in 3<5, is text). */
const MARKUP = /<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/;

/**
 * A report has no HTML in it: markup in the text was pasted from a web page or a system, and even though
 * the importer would publish it as harmless text, nobody should publish it unread. Refuses the document,
 * naming the paragraph.
 */
function refuseMarkup(source: SourceBlock[]): void {
  source.forEach((block, index) => {
    const text = block.kind === 'table' ? block.rows.flat().join(' ') : block.text;
    const markup = MARKUP.exec(text)?.[0];
    if (markup !== undefined) throw new ImportError(messages.markupInText(index + 1, text, markup));
  });
}

/** Source blocks → the report's structure and the warnings staff should read. Throws ImportError when there is no report to import. */
export function parseReport(source: SourceBlock[], options: { year?: string } = {}): ParseResult {
  refuseMarkup(source);
  const warnings: ImportWarning[] = [];
  const lines = readLines(source);
  if (lines.traditional) warnings.push(messages.convertedFromTraditional());
  const { blocks } = lines;
  if (blocks.length === 0) throw new ImportError(messages.noText());
  const firstSection = blocks.findIndex((block) => isLine(block) && headingOf(block)?.level === 'section');
  if (firstSection === -1) throw new ImportError(messages.noSectionHeadings());

  const front = readFront(blocks.slice(0, firstSection), warnings);
  const year = readYear(front.title, options.year, warnings);
  const opening = readOpening(front.rest, warnings);
  const openingNotes = [...front.notes, ...front.rest.flatMap((b) => (isLine(b) ? (b.notes ?? []) : []))];

  const tail = readTail(blocks, firstSection, warnings);
  const { signature } = tail;
  if (front.date && signature.date && signature.date !== front.date) {
    warnings.push(messages.dateUnderTitleDiffers(signature.date));
  }
  const date = signature.date ?? front.date;
  if (signature.issuers.length === 0) warnings.push(messages.noIssuer());
  if (!date) warnings.push(messages.noDate());
  if (tail.attachments.length > 0) warnings.push(messages.attachmentsLeftOut(tail.attachments));

  const levels = documentLevels(tail.body);
  if (levels.subsection !== '（一）') warnings.push(messages.subsectionsNumberedAs(levels.subsection));
  const sections = readSections(tail.body, levels, warnings);
  for (const section of sections) {
    if (section.blocks.length === 0 && section.subsections.length === 0) warnings.push(messages.emptySection(section.title));
  }
  return {
    report: {
      year,
      title: front.title,
      issuers: signature.issuers,
      date,
      ...(front.documentNumber ? { documentNumber: front.documentNumber } : {}),
      opening,
      ...(openingNotes.length > 0 ? { openingNotes } : {}),
      sections,
      dropped: [...front.dropped, ...tail.dropped],
    },
    parts: [...front.parts, ...tail.parts],
    warnings,
  };
}
