/**
 * Word's automatic numbering (word/numbering.xml), so that headings numbered by Word or WPS keep the 一、
 * （一） 1. that the reader sees, though the document's text does not contain them.
 */
import { chineseNumeral } from '../lib/report/numbering.ts';
import { decodeEntities } from './docx-xml.ts';

interface NumberingLevel {
  format: string;
  /** The label with placeholders for the counters of this level and those above it: %1、 or （%2） */
  text: string;
  start: number;
}

/** For each list (numId), its levels (ilvl). */
export type Numbering = Map<string, Map<string, NumberingLevel>>;

/** word/numbering.xml → the levels of each list. */
export function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<string, NumberingLevel>>();
  for (const [, id = '', body = ''] of xml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<string, NumberingLevel>();
    for (const [, ilvl = '', level = ''] of body.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(ilvl, {
        format: /<w:numFmt\b[^>]*w:val="([^"]*)"/.exec(level)?.[1] ?? 'decimal',
        text: decodeEntities(/<w:lvlText\b[^>]*w:val="([^"]*)"/.exec(level)?.[1] ?? ''),
        start: Number(/<w:start\b[^>]*w:val="(\d+)"/.exec(level)?.[1] ?? 1),
      });
    }
    abstracts.set(id, levels);
  }
  const lists: Numbering = new Map();
  for (const [, numId = '', body = ''] of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstract = abstracts.get(/<w:abstractNumId\b[^>]*w:val="(\d+)"/.exec(body)?.[1] ?? '');
    if (abstract) lists.set(numId, abstract);
  }
  return lists;
}

const DECIMAL_FORMATS = new Set(['decimal', 'decimalHalfWidth', 'decimalFullWidth', 'decimalFullWidth2']);
const CHINESE_FORMATS = new Set([
  'chineseCounting',
  'chineseCountingThousand',
  'chineseLegalSimplified',
  'ideographTraditional',
]);

function formatCounter(n: number, format: string): string | undefined {
  if (DECIMAL_FORMATS.has(format)) return String(n);
  if (CHINESE_FORMATS.has(format) && n >= 1 && n <= 99) return chineseNumeral(n);
  // Bullets and exotic formats carry no number worth keeping.
  return undefined;
}

/** A paragraph's place in a list: the list (numId) and its level (ilvl). */
export interface ListPlace {
  numId: string;
  ilvl: string;
}

/** Counts the paragraphs of each list as Word does, and gives each the label Word shows before it. */
export function listLabeller(numbering: Numbering): (place: ListPlace | undefined) => string {
  const counters = new Map<string, number[]>();
  return (place) => {
    const levels = place && numbering.get(place.numId);
    const level = levels?.get(place!.ilvl);
    if (!place || !levels || !level) return '';
    const depth = Number(place.ilvl);
    const counts = counters.get(place.numId) ?? [];
    counts[depth] = (counts[depth] ?? level.start - 1) + 1;
    counts.length = depth + 1;
    counters.set(place.numId, counts);
    let label = level.text;
    for (let i = 0; i <= depth; i += 1) {
      const value = formatCounter(counts[i] ?? levels.get(String(i))?.start ?? 1, levels.get(String(i))?.format ?? 'decimal');
      if (value === undefined) return '';
      label = label.replaceAll(`%${i + 1}`, value);
    }
    return label;
  };
}
