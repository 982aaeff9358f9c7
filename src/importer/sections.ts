/** The body of a report: its sections 一、, their subsections （一）, paragraphs, numbered items and tables. */
import { sectionLabel, subsectionLabel } from '../lib/report/numbering.ts';
import { contentBlock, headingOf } from './headings.ts';
import type { ImportedSection, ImportWarning } from './imported-report.ts';
import { isLine, type Block } from './lines.ts';
import * as messages from './messages.ts';

/** Follows one level of numbering and warns when a number is not the one expected. */
function numberingChecker(warnings: ImportWarning[]) {
  return (numbers: number[], next: number, label: (n: number) => string, where: messages.Message): void => {
    const previous = numbers.at(-1);
    const expected = (previous ?? 0) + 1;
    if (next !== expected) warnings.push(messages.numberingGap(where, label, previous, next, expected));
    numbers.push(next);
  };
}

/** The blocks from the first section heading to the signature → the sections; what precedes the first heading is ignored. */
export function readSections(blocks: Block[], warnings: ImportWarning[]): ImportedSection[] {
  const checkNumber = numberingChecker(warnings);
  const sections: ImportedSection[] = [];
  const sectionNumbers: number[] = [];
  let subsectionNumbers: number[] = [];
  let itemNumbers: number[] = [];
  for (const block of blocks) {
    const heading = isLine(block) ? headingOf(block) : undefined;
    const section = sections.at(-1);
    if (heading?.level === 'section') {
      checkNumber(sectionNumbers, heading.number, sectionLabel, messages.sectionNumbering());
      subsectionNumbers = [];
      itemNumbers = [];
      sections.push({
        title: heading.title,
        blocks: heading.body ? [contentBlock({ text: heading.body, emphasized: '' })] : [],
        subsections: [],
      });
      continue;
    }
    if (!section) continue;
    if (heading?.level === 'subsection') {
      checkNumber(subsectionNumbers, heading.number, subsectionLabel, messages.subsectionNumbering(section.title));
      itemNumbers = [];
      section.subsections.push({
        title: heading.title,
        blocks: heading.body ? [contentBlock({ text: heading.body, emphasized: '' })] : [],
      });
      continue;
    }
    const content = contentBlock(block);
    if (content.kind === 'item')
      checkNumber(itemNumbers, content.number, (n) => `${n}.`, messages.itemNumbering(section.title));
    (section.subsections.at(-1)?.blocks ?? section.blocks).push(content);
  }
  return sections;
}
