/**
 * The numbering that 公文 put before headings and items: 一、 for a section, （一） for a subsection, 1. for
 * a numbered item. A heading's title is split from the text run in after it.
 */
import { parseChineseNumeral } from '../lib/report/numbering.ts';
import type { ContentBlock } from './imported-report.ts';
import { normalizeParagraph, type Block, type Line } from './lines.ts';

const NUMERAL = '[一二三四五六七八九十]+';
const SECTION_HEADING = new RegExp(`^(${NUMERAL})、\\s*(.*)$`);
const SUBSECTION_HEADING = new RegExp(`^（(${NUMERAL})）\\s*(.*)$`);
/** 1. 1． 1、 — but not 1.5亿元, which starts a sentence with a number. */
export const NUMBERED_ITEM = /^(\d{1,2})[.．、](?!\d)\s*(.*)$/;
/** The longest run-in heading that is still a heading and not the first sentence of a paragraph. */
const MAX_HEADING_LENGTH = 50;

export type Heading = { level: 'section' | 'subsection'; number: number; title: string; body: string };

const trimHeadingEnd = (text: string): string => text.trim().replace(/[。；：:]+$/, '');

/**
 * A heading line split into its title and the text run in after it. The emphasized opening words say
 * where the heading ends; without them (plain text) it ends at the first 。 of a short first sentence.
 */
function splitHeading(rest: string, line: Line, label: string): { title: string; body: string } {
  const emphasized = normalizeParagraph(line.emphasized);
  if (emphasized.length > label.length && line.text.startsWith(emphasized) && emphasized.length < line.text.length) {
    return { title: trimHeadingEnd(emphasized.slice(label.length)), body: line.text.slice(emphasized.length).trim() };
  }
  const stop = rest.indexOf('。');
  if (stop > 0 && stop < rest.length - 1 && stop <= MAX_HEADING_LENGTH) {
    return { title: rest.slice(0, stop), body: rest.slice(stop + 1).trim() };
  }
  return { title: trimHeadingEnd(rest), body: '' };
}

export function headingOf(line: Line): Heading | undefined {
  const section = SECTION_HEADING.exec(line.text);
  const sectionNumber = section && parseChineseNumeral(section[1] ?? '');
  if (section && sectionNumber && (section[2] ?? '') !== '') {
    const { title, body } = splitHeading(section[2] ?? '', line, `${section[1]}、`);
    return { level: 'section', number: sectionNumber, title, body };
  }
  const subsection = SUBSECTION_HEADING.exec(line.text);
  const subsectionNumber = subsection && parseChineseNumeral(subsection[1] ?? '');
  if (subsection && subsectionNumber && (subsection[2] ?? '') !== '') {
    const { title, body } = splitHeading(subsection[2] ?? '', line, `（${subsection[1]}）`);
    return { level: 'subsection', number: subsectionNumber, title, body };
  }
  return undefined;
}

export function contentBlock(block: Block): ContentBlock {
  if ('kind' in block) return block;
  const text = block.text;
  const item = NUMBERED_ITEM.exec(text);
  return item ? { kind: 'item', number: Number(item[1]), text } : { kind: 'paragraph', text };
}

/** A line too short and too bare to be a sentence of the report: a title, an issuer, a date. */
export function isShortLine(text: string): boolean {
  return text.length <= 60 && !/[。；！？]/.test(text);
}
