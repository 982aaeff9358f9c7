/**
 * What a publish changes in a year's text, for the publish log and for the desk's page before a year is
 * replaced: sections added, removed or retitled, and paragraphs added, removed or changed, from the content
 * files as written (front matter and MDX comments aside).
 */

export interface YearText {
  /** report.mdx's paragraphs under number 0, each section's under its number. */
  sections: Map<number, { title: string; paragraphs: string[] }>;
}

export interface ParagraphChange {
  section: number;
  kind: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
}

export interface YearChanges {
  sectionsAdded: string[];
  sectionsRemoved: string[];
  sectionsRetitled: Array<{ before: string; after: string }>;
  paragraphs: ParagraphChange[];
  counts: { added: number; removed: number; changed: number };
}

/** The text of a year's content files: what a reader sees, as paragraphs. */
export function yearText(files: ReadonlyArray<{ name: string; content: string | Uint8Array }>): YearText {
  const sections = new Map<number, { title: string; paragraphs: string[] }>();
  for (const file of files) {
    const number = file.name === 'report.mdx' ? 0 : Number(/^(\d+)\.mdx$/.exec(file.name)?.[1] ?? NaN);
    if (Number.isNaN(number) || typeof file.content !== 'string') continue;
    const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(file.content) ?? [];
    const title = /^title:[ \t]*(.+?)[ \t]*$/m.exec(frontMatter)?.[1]?.replace(/^"|"$/g, '') ?? '';
    const paragraphs = body
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '');
    sections.set(number, { title, paragraphs });
  }
  return { sections };
}

type Step = { kind: 'same' | 'added' | 'removed'; text: string };

/** The shortest edit from one list of paragraphs to another (longest common subsequence), a removal before the addition that takes its place. */
function edits(before: string[], after: string[]): Step[] {
  const rows = before.length + 1;
  const cols = after.length + 1;
  const table = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      table[i]![j] = before[i] === after[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      steps.push({ kind: 'same', text: before[i]! });
      i += 1;
      j += 1;
    } else if (j < after.length && (i === before.length || table[i]![j + 1]! > table[i + 1]![j]!)) {
      steps.push({ kind: 'added', text: after[j]! });
      j += 1;
    } else {
      steps.push({ kind: 'removed', text: before[i]! });
      i += 1;
    }
  }
  return steps;
}

/** A paragraph removed right where another is added is one paragraph changed. */
function paragraphChanges(section: number, before: string[], after: string[]): ParagraphChange[] {
  const changes: ParagraphChange[] = [];
  const steps = edits(before, after);
  for (let k = 0; k < steps.length; k += 1) {
    const step = steps[k]!;
    const next = steps[k + 1];
    if (step.kind === 'removed' && next?.kind === 'added') {
      changes.push({ section, kind: 'changed', before: step.text, after: next.text });
      k += 1;
    } else if (step.kind === 'removed') changes.push({ section, kind: 'removed', before: step.text });
    else if (step.kind === 'added') changes.push({ section, kind: 'added', after: step.text });
  }
  return changes;
}

export function yearChanges(before: YearText, after: YearText): YearChanges {
  const numbers = [...new Set([...before.sections.keys(), ...after.sections.keys()])].sort((a, b) => a - b);
  const changes: YearChanges = { sectionsAdded: [], sectionsRemoved: [], sectionsRetitled: [], paragraphs: [], counts: { added: 0, removed: 0, changed: 0 } };
  for (const number of numbers) {
    const old = before.sections.get(number);
    const now = after.sections.get(number);
    if (number > 0 && !old && now) changes.sectionsAdded.push(now.title);
    if (number > 0 && old && !now) changes.sectionsRemoved.push(old.title);
    if (number > 0 && old && now && old.title !== now.title) changes.sectionsRetitled.push({ before: old.title, after: now.title });
    changes.paragraphs.push(...paragraphChanges(number, old?.paragraphs ?? [], now?.paragraphs ?? []));
  }
  for (const change of changes.paragraphs) changes.counts[change.kind] += 1;
  return changes;
}
