/**
 * Reads a report typed in the 公文 style into the report's structure, in named steps: the document's lines,
 * the title block and opening, the signature, the sections, then the checks. Headings are recognized by their
 * numbering prefixes; the font of the opening words (see SourceParagraph) only tells where a run-in heading
 * ends. Everything it doubts becomes a warning for staff, in Chinese and English (see messages.ts).
 */
import { missingParts } from '../lib/report/parts.ts';
import { headingOf } from './headings.ts';
import { blockText, type ImportedSection, type ImportWarning, type ParseResult } from './imported-report.ts';
import { isLine, readLines } from './lines.ts';
import * as messages from './messages.ts';
import { readSections } from './sections.ts';
import { readSignature } from './signature.ts';
import { ImportError, type SourceBlock } from './source.ts';
import { readOpening, readTitleBlock, readYear } from './title-block.ts';

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
  const { blocks, traditional } = readLines(source);
  if (traditional) warnings.push(messages.convertedFromTraditional());
  if (blocks.length === 0) throw new ImportError(messages.noText());
  const firstSection = blocks.findIndex((block) => isLine(block) && headingOf(block)?.level === 'section');
  if (firstSection === -1) throw new ImportError(messages.noSectionHeadings());

  const front = blocks.slice(0, firstSection);
  const titleBlock = readTitleBlock(front, warnings);
  const year = readYear(titleBlock.title, options.year, warnings);
  const opening = readOpening(front.slice(titleBlock.end), warnings);

  const signature = readSignature(blocks, firstSection);
  for (const after of signature.after) warnings.push(messages.textAfterDate(isLine(after) ? after.text : undefined));
  if (titleBlock.date && signature.date && signature.date !== titleBlock.date) {
    warnings.push(messages.dateUnderTitleDiffers(signature.date));
  }
  const date = signature.date ?? titleBlock.date;
  if (!signature.issuer) warnings.push(messages.noIssuer());
  if (!date) warnings.push(messages.noDate());

  const sections = readSections(blocks.slice(firstSection, signature.end), warnings);
  checkSections(sections, warnings);
  return { report: { year, title: titleBlock.title, issuer: signature.issuer, date, opening, sections }, warnings };
}

/** What a finished report has: something under every section, and the parts the regulation asks for. */
function checkSections(sections: ImportedSection[], warnings: ImportWarning[]): void {
  for (const section of sections) {
    if (section.blocks.length === 0 && section.subsections.length === 0) warnings.push(messages.emptySection(section.title));
  }
  const text = sections
    .flatMap((s) => [
      s.title,
      ...s.blocks.map(blockText),
      ...s.subsections.flatMap((sub) => [sub.title, ...sub.blocks.map(blockText)]),
    ])
    .join('\n');
  for (const part of missingParts(sections.map((s) => s.title), text)) warnings.push(messages.missingPart(part));
}
