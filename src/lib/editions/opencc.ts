/**
 * OpenCC's conversions from simplified characters, in the standards the site uses: Taiwan's (the traditional
 * edition), and OpenCC's own, Taiwan's with its phrases and Hong Kong's (the forms search folds). Each is what
 * opencc-js's Converter({ from: 'cn', to }) gives, built from the same preset; but where Converter builds every
 * table again for each standard, these share the tables they have in common. The phrase tables of simplified →
 * traditional are most of the work of a build's conversion, so they are built once, not four times.
 */
import { Trie, type DictGroup, type DictLike } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/cn2t';

export type TraditionalStandard = 't' | 'tw' | 'twp' | 'hk';

/** A preset's recipe, as opencc-js's ConverterBuilder reads it. */
interface ConversionConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

const tries = new Map<string, Trie>();
const dictIds = new Map<DictLike, number>();

/** The table made of a group of dictionaries (the first one's entries win), built the first time it is asked for. */
function tableOf(group: DictGroup): Trie {
  const key = group.map((dict) => dictIds.get(dict) ?? dictIds.set(dict, dictIds.size).size - 1).join(',');
  let trie = tries.get(key);
  if (!trie) {
    trie = new Trie();
    trie.loadDictGroup(group);
    tries.set(key, trie);
  }
  return trie;
}

/** Simplified text in the given traditional standard; the same as opencc-js's Converter({ from: 'cn', to }). */
export function simplifiedTo(standard: TraditionalStandard): (text: string) => string {
  const config = (configs as Record<string, ConversionConfig>)[`s2${standard}`];
  if (!config) throw new Error(`OpenCC has no simplified → ${standard} conversion.`);
  const normalization = (config.normalizationChain ?? []).map(tableOf);
  // As ConverterBuilder reads it: a list of serialized dictionaries is a group, anything else one dictionary.
  const { segmentation: dicts } = config;
  const segmentation = dicts && tableOf((Array.isArray(dicts) && dicts.every((d) => typeof d === 'string') ? dicts : [dicts]) as DictGroup);
  const chain = config.conversionChain.map(tableOf);
  return (text) => {
    const normalized = normalization.reduce((result, table) => table.convert(result), text);
    const segments = segmentation ? segmentation.segment(normalized) : [normalized];
    return chain.reduce((result, table) => result.map((segment) => table.convert(segment)), segments).join('');
  };
}
