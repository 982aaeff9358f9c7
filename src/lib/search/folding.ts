/**
 * Queries typed in either script must find the text of either edition. A full conversion dictionary is
 * far too heavy for a phone, so the build derives a small table from the report's own text: every other
 * form (simplified; traditional in OpenCC's, Taiwan's and Hong Kong's standards) of every character the
 * edition's text uses, mapped onto the edition's own character. Where one form stands for two of the
 * text's characters (著 for both 着 in 着力 and 著 in 显著), the table keeps two-character entries taken
 * from the text instead.
 */
import type { Edition } from '../editions/editions.ts';
import type { FoldingTable } from './query.ts';
import { FILLER } from './filler.ts';
import { toTraditionalText } from '../editions/traditional.ts';
import { simplifiedTo } from '../editions/opencc.ts';

const OTHER_TRADITIONAL_FORMS = [simplifiedTo('t'), toTraditionalText, simplifiedTo('twp'), simplifiedTo('hk')];

const chars = (text: string) => [...text];

/** The same text written two ways, character for character. */
export interface Alignment {
  /** As the edition writes it. */
  own: string;
  /** As a reader might type it. */
  variant: string;
  /** Converted phrase by phrase, so that neighbouring characters are context worth keeping. */
  phraseLevel: boolean;
}

/** Maps every form of the variants onto the edition's own character, with context where one form is ambiguous. */
export function buildFoldingTable(alignments: Alignment[]): FoldingTable {
  const forms = new Map<string, Set<string>>();
  const pairs = new Map<string, string>();
  const ownCharacters = new Set<string>();
  for (const { own, variant, phraseLevel } of alignments) {
    const target = chars(own);
    const source = chars(variant);
    if (source.length !== target.length) continue;
    target.forEach((c) => ownCharacters.add(c));
    source.forEach((form, i) => {
      const ownForm = target[i]!;
      if (form === ownForm) return;
      if (!forms.has(form)) forms.set(form, new Set());
      forms.get(form)!.add(ownForm);
      if (!phraseLevel) return;
      if (i + 1 < target.length) pairs.set(`${form}${source[i + 1]}`, `${ownForm}${target[i + 1]}`);
      if (i > 0) pairs.set(`${source[i - 1]}${form}`, `${target[i - 1]}${ownForm}`);
    });
  }
  const table: FoldingTable = {};
  for (const [form, owns] of forms) {
    if (owns.size === 1 && !ownCharacters.has(form)) {
      table[form] = [...owns][0]!;
      continue;
    }
    for (const [pair, own] of pairs) if (pair.includes(form)) table[pair] = own;
  }
  return table;
}

/**
 * The folding table of an edition's search page, from the report's simplified text and the filler words, so
 * that filler typed in the other script (有沒有) is recognized as filler too.
 */
export function foldingTableFor(edition: Edition, simplifiedText: string): FoldingTable {
  const han = chars([simplifiedText, ...FILLER].join('\n'))
    .filter((c) => /\p{Script=Han}/u.test(c))
    .join('');
  const phraseForms = OTHER_TRADITIONAL_FORMS.map((convert) => convert(han));
  if (edition.id === 'hans') {
    const distinct = [...new Set(han)].join('');
    return buildFoldingTable([
      ...phraseForms.map((variant) => ({ own: han, variant, phraseLevel: true })),
      // Character by character too, for forms that the report's phrases never produce.
      ...OTHER_TRADITIONAL_FORMS.map((convert) => ({
        own: distinct,
        variant: chars(distinct).map((c) => convert(c)).join(''),
        phraseLevel: false,
      })),
    ]);
  }
  // The traditional edition's own text, and every other way of writing it: simplified, other standards.
  const own = toTraditionalText(han);
  return buildFoldingTable([han, ...phraseForms].map((variant) => ({ own, variant, phraseLevel: true })));
}
