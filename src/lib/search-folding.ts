/**
 * Traditional-character queries (法律顧問, 黨紀) must find the simplified report text. A full conversion
 * dictionary is far too heavy for a phone, so the build derives a small table from the report's own text:
 * every traditional form (OpenCC standard, Taiwan, Hong Kong) of every character the report uses, mapped
 * back to the report's character. Where one traditional character stands for two of the report's
 * characters (著 for both 着 in 着力 and 著 in 显著), the table keeps two-character entries from the text.
 */
import { Converter } from 'opencc-js';
import type { FoldingTable } from './search-query.ts';


const toTraditionalForms = [
  Converter({ from: 'cn', to: 't' }),
  Converter({ from: 'cn', to: 'tw' }),
  Converter({ from: 'cn', to: 'twp' }),
  Converter({ from: 'cn', to: 'hk' }),
];

export function buildFoldingTable(corpus: string): FoldingTable {
  const text = [...corpus].filter((c) => /\p{Script=Han}/u.test(c)).join('');
  const candidates = new Map<string, Set<string>>();
  const pairs = new Map<string, string>();
  for (const convert of toTraditionalForms) {
    // Phrase by phrase over the whole text, then character by character for forms phrases never produce.
    for (const source of [text, ...new Set(text)]) {
      const traditional = [...convert(source)];
      const simplified = [...source];
      if (traditional.length !== simplified.length) continue;
      simplified.forEach((s, i) => {
        const t = traditional[i]!;
        if (t === s) return;
        if (!candidates.has(t)) candidates.set(t, new Set());
        candidates.get(t)!.add(s);
        if (source === text && i + 1 < simplified.length) {
          pairs.set(`${t}${traditional[i + 1]}`, `${s}${simplified[i + 1]}`);
          if (i > 0) pairs.set(`${traditional[i - 1]}${t}`, `${simplified[i - 1]}${s}`);
        }
      });
    }
  }
  const table: FoldingTable = {};
  const reportCharacters = new Set(text);
  for (const [t, forms] of candidates) {
    const ambiguous = forms.size > 1 || reportCharacters.has(t);
    if (!ambiguous) {
      table[t] = [...forms][0]!;
      continue;
    }
    for (const [pair, simplified] of pairs) if (pair.includes(t)) table[pair] = simplified;
  }
  return table;
}
