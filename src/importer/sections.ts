/**
 * The body of a report: its sections 一、, their subsections and numbered items at the levels the document
 * uses (see headings.ts), paragraphs and tables, and the notes its paragraphs refer to.
 */
import { sectionLabel } from '../lib/report/numbering.ts';
import { contentBlock, headingOf, LABELS, type Levels } from './headings.ts';
import type { ContentBlock, ImportedSection, ImportWarning } from './imported-report.ts';
import { isLine, type Block } from './lines.ts';
import * as messages from './messages.ts';

/** Warns when a heading's number is not the one after the previous heading's at its level. */
function checkNext(numbers: number[], next: number, label: (n: number) => string, where: messages.Message, paragraph: number, warnings: ImportWarning[]): void {
  const previous = numbers.at(-1);
  const expected = (previous ?? 0) + 1;
  if (next !== expected) warnings.push({ ...messages.numberingGap(where, label, previous, next, expected), paragraph });
  numbers.push(next);
}

/**
 * Numbered items form one list under each heading. A list starts at 1 or, as many reports number items on
 * across subsections (1. 2. under （一）, 3. under （二）), at the number after the last item before it;
 * only a gap inside one list (1. 2. 4.) is a mistake.
 */
function itemChecker(label: (n: number) => string, warnings: ImportWarning[]) {
  let list: number[] = [];
  let last = 0;
  return {
    startList(): void {
      list = [];
    },
    check(next: number, where: messages.Message, paragraph: number): void {
      const previous = list.at(-1);
      const fits = previous === undefined ? next === 1 || next === last + 1 : next === previous + 1;
      if (!fits) warnings.push({ ...messages.numberingGap(where, label, previous, next, (previous ?? 0) + 1), paragraph });
      list.push(next);
      last = next;
    },
  };
}

/** The blocks from the first section heading to the signature → the sections. */
export function readSections(blocks: Block[], levels: Levels, warnings: ImportWarning[]): ImportedSection[] {
  const sections: ImportedSection[] = [];
  const sectionNumbers: number[] = [];
  let subsectionNumbers: number[] = [];
  const items = itemChecker(levels.item ? LABELS[levels.item] : String, warnings);
  const headingBody = (body: string): ContentBlock[] =>
    body === '' ? [] : [contentBlock({ text: body, emphasized: '' }, levels)];
  for (const source of blocks) {
    const heading = isLine(source) ? headingOf(source, levels) : undefined;
    if (heading?.level === 'section') {
      checkNext(sectionNumbers, heading.number, sectionLabel, messages.sectionNumbering(), source.paragraph, warnings);
      subsectionNumbers = [];
      items.startList();
      sections.push({ title: heading.title, blocks: headingBody(heading.body), subsections: [] });
    }
    const section = sections.at(-1);
    if (!section) continue;
    // Notes go at the end of their section, in the order the text refers to them.
    if (isLine(source) && source.notes) section.notes = [...(section.notes ?? []), ...source.notes];
    if (heading?.level === 'section') continue;
    if (heading?.level === 'subsection') {
      const where = messages.subsectionNumbering(section.title);
      checkNext(subsectionNumbers, heading.number, LABELS[levels.subsection], where, source.paragraph, warnings);
      items.startList();
      section.subsections.push({ title: heading.title, blocks: headingBody(heading.body) });
      continue;
    }
    const content = contentBlock(source, levels);
    if (content.kind === 'item') items.check(content.number, messages.itemNumbering(section.title), source.paragraph);
    (section.subsections.at(-1)?.blocks ?? section.blocks).push(content);
  }
  return sections;
}
