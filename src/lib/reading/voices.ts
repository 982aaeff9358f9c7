/**
 * Which of the browser's voices 朗读 reads with. Browsers name languages in several ways (zh-CN, zh_CN on
 * Android, cmn-Hans-CN, yue-HK), so each voice is first reduced to the variety of Chinese it speaks: zh-CN
 * (Mandarin, simplified), zh-TW (Mandarin, traditional) or zh-HK (Cantonese). The edition asks for its own
 * varieties first (Edition.speechLanguages); any other Chinese voice comes next, Cantonese last, since any
 * of them can read either script, and a voice that is not Chinese never reads the report.
 */

/** What the page needs of a SpeechSynthesisVoice; the browser's own objects fit. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** After the edition's own varieties: Mandarin voices, then Cantonese. */
const FALLBACK_ORDER = ['zh-CN', 'zh-TW', 'zh-HK'];

/** The variety of Chinese a voice's language tag stands for, or undefined for any other language. */
export function chineseVariety(lang: string): string | undefined {
  const [language, ...rest] = lang.replace(/_/g, '-').toLowerCase().split('-');
  if (language !== 'zh' && language !== 'cmn' && language !== 'yue') return undefined;
  if (language === 'yue' || rest.includes('hk') || rest.includes('mo')) return 'zh-HK';
  if (rest.includes('tw') || rest.includes('hant')) return 'zh-TW';
  return 'zh-CN';
}

/**
 * The voice to read an edition's text with: the first of its varieties that any voice speaks, then the
 * fallbacks; within a variety the system's default voice, then the browser's order. Only voices on the device
 * count: an online voice (Chrome's Google voices) sends the report's text to its vendor's servers, and the site
 * makes no request to anyone else, so where only online voices exist 朗读 is not offered.
 */
export function chooseVoice<Voice extends VoiceLike>(voices: readonly Voice[], languages: readonly string[]): Voice | undefined {
  const order = [...languages, ...FALLBACK_ORDER.filter((variety) => !languages.includes(variety))];
  const rank = (voice: Voice): number[] => [
    order.indexOf(chineseVariety(voice.lang) ?? ''),
    voice.default ? 0 : 1,
  ];
  const before = (a: number[], b: number[]): boolean => {
    const at = a.findIndex((value, i) => value !== b[i]);
    return at !== -1 && a[at]! < b[at]!;
  };
  let best: Voice | undefined;
  for (const voice of voices) {
    if (!voice.localService || chineseVariety(voice.lang) === undefined) continue;
    if (best === undefined || before(rank(voice), rank(best))) best = voice;
  }
  return best;
}
