/**
 * The site is published in two editions: simplified characters, the original, at the site's root, and
 * traditional characters under hant/, generated from it at build time (see traditional.ts). Every page
 * exists in both, at the same path but for the prefix, so a reader can switch to the same place.
 */

export interface Edition {
  id: 'hans' | 'hant';
  /** What paths of this edition start with: '' or 'hant/' */
  prefix: string;
  /** The value of the [...edition] route parameter: undefined at the root. */
  routeParam: string | undefined;
  /** <html lang> */
  lang: string;
  /** Open Graph's og:locale */
  ogLocale: string;
  /** The switch's label, written in the edition's own script. */
  label: string;
  /** The language of the edition's own search index. */
  searchLanguage: string;
  /** The varieties of Chinese 朗读 reads the edition in, preferred first (src/lib/reading/voices.ts). */
  speechLanguages: readonly string[];
}

export const SIMPLIFIED: Edition = {
  id: 'hans',
  prefix: '',
  routeParam: undefined,
  lang: 'zh-CN',
  ogLocale: 'zh_CN',
  label: '简体',
  searchLanguage: 'zh-cn',
  speechLanguages: ['zh-CN'],
};

export const TRADITIONAL: Edition = {
  id: 'hant',
  prefix: 'hant/',
  routeParam: 'hant',
  lang: 'zh-Hant',
  ogLocale: 'zh_TW',
  label: '繁體',
  searchLanguage: 'zh-tw',
  // Mandarin as read in Taiwan; where a device has only a Hong Kong voice for traditional text, that one.
  speechLanguages: ['zh-TW', 'zh-HK'],
};

export const EDITIONS: readonly Edition[] = [SIMPLIFIED, TRADITIONAL];

/** The edition a path (relative to the base path) belongs to. */
export function editionOfPath(path: string): Edition {
  return path.startsWith(TRADITIONAL.prefix) ? TRADITIONAL : SIMPLIFIED;
}

/** The same page in another edition: 2024/1/ ↔ hant/2024/1/ */
export function pathInEdition(path: string, edition: Edition): string {
  const current = editionOfPath(path);
  return edition.prefix + path.slice(current.prefix.length);
}
