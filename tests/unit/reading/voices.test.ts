/**
 * The voice 朗读 picks in each edition from the voice lists typical browsers report. The lists are written
 * as those browsers name their voices (Windows and macOS system voices, Chrome's online Google voices,
 * Android's zh_CN spelling, iOS's Siri voices); the languages each edition asks for come from editions.ts.
 */
import { describe, expect, it } from 'vitest';
import { chineseVariety, chooseVoice, type VoiceLike } from '../../../src/lib/reading/voices.ts';
import { SIMPLIFIED, TRADITIONAL } from '../../../src/lib/editions/editions.ts';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({ name, lang, localService, default: isDefault });

const CHROME_WINDOWS = [
  voice('Microsoft David - English (United States)', 'en-US', true, true),
  voice('Microsoft Huihui - Chinese (Simplified, PRC)', 'zh-CN'),
  voice('Microsoft Kangkang - Chinese (Simplified, PRC)', 'zh-CN'),
  voice('Microsoft Hanhan - Chinese (Traditional, Taiwan)', 'zh-TW'),
  voice('Google US English', 'en-US', false),
  voice('Google 普通话（中国大陆）', 'zh-CN', false),
  voice('Google 粤語（香港）', 'zh-HK', false),
  voice('Google 國語（臺灣）', 'zh-TW', false),
];
/** Windows without the traditional Chinese language pack: Chrome's online voices only, for zh-TW. */
const CHROME_WINDOWS_SIMPLIFIED_ONLY = CHROME_WINDOWS.filter((v) => v.name !== 'Microsoft Hanhan - Chinese (Traditional, Taiwan)');
const CHROME_MAC = [
  voice('Samantha', 'en-US', true, true),
  voice('Meijia', 'zh-TW'),
  voice('Sinji', 'zh-HK'),
  voice('Tingting', 'zh-CN'),
  voice('Google 普通话（中国大陆）', 'zh-CN', false),
  voice('Google 國語（臺灣）', 'zh-TW', false),
];
/** Chrome on Linux has no voice of its own on the device, only Google's online ones. */
const CHROME_LINUX = [voice('Google US English', 'en-US', false, true), voice('Google 普通话（中国大陆）', 'zh-CN', false), voice('Google 粤語（香港）', 'zh-HK', false)];
/** Android's Speech Services by Google; some versions and WebViews spell the tags with underscores. */
const ANDROID = [voice('English United States', 'en_US', true, true), voice('Chinese China', 'zh_CN'), voice('Chinese Taiwan', 'zh_TW'), voice('Chinese Hong Kong', 'yue_HK')];
/** A phone sold in mainland China with only a Mandarin voice installed. */
const ANDROID_MAINLAND = [voice('中文（中国）', 'zh-CN', true, true)];
const IOS_SAFARI = [
  voice('Samantha', 'en-US', true, true),
  voice('Sinji', 'zh-HK'),
  voice('Tingting', 'zh-CN'),
  voice('Li-Mu', 'zh-CN'),
  voice('Meijia', 'zh-TW'),
];
/** A Hong Kong iPhone: Cantonese and mainland Mandarin, no Taiwan voice. */
const IOS_HONG_KONG = [voice('Sinji', 'zh-HK', true, true), voice('Tingting', 'zh-CN')];
/** Firefox on Linux through speech-dispatcher and eSpeak NG. */
const FIREFOX_LINUX = [voice('English (America)', 'en-US', true, true), voice('Chinese (Mandarin)', 'cmn'), voice('Chinese (Cantonese)', 'yue')];
const HEADLESS_CHROMIUM: VoiceLike[] = [];
const ENGLISH_ONLY = [voice('Samantha', 'en-US', true, true), voice('Daniel', 'en-GB')];

const picks = (voices: VoiceLike[]) => ({
  simplified: chooseVoice(voices, SIMPLIFIED.speechLanguages)?.name,
  traditional: chooseVoice(voices, TRADITIONAL.speechLanguages)?.name,
});

describe('the voice 朗读 reads with', () => {
  it('reads the simplified edition in mainland Mandarin and the traditional one in Taiwan Mandarin, then Hong Kong', () => {
    expect(SIMPLIFIED.speechLanguages).toEqual(['zh-CN']);
    expect(TRADITIONAL.speechLanguages).toEqual(['zh-TW', 'zh-HK']);
  });

  it('on Chrome for Windows: the system voices, which need no network', () => {
    expect(picks(CHROME_WINDOWS)).toEqual({ simplified: 'Microsoft Huihui - Chinese (Simplified, PRC)', traditional: 'Microsoft Hanhan - Chinese (Traditional, Taiwan)' });
  });

  it('on Chrome for Windows without a Taiwan system voice: the mainland system voice for both, never Chrome’s online one', () => {
    expect(picks(CHROME_WINDOWS_SIMPLIFIED_ONLY)).toEqual({
      simplified: 'Microsoft Huihui - Chinese (Simplified, PRC)',
      traditional: 'Microsoft Huihui - Chinese (Simplified, PRC)',
    });
  });

  it('on Chrome for macOS', () => {
    expect(picks(CHROME_MAC)).toEqual({ simplified: 'Tingting', traditional: 'Meijia' });
  });

  it('nowhere on Chrome for Linux, which has only online voices that would send the text to Google', () => {
    expect(picks(CHROME_LINUX)).toEqual({ simplified: undefined, traditional: undefined });
  });

  it('on Android, whatever the spelling of the language tags', () => {
    expect(picks(ANDROID)).toEqual({ simplified: 'Chinese China', traditional: 'Chinese Taiwan' });
    expect(picks(ANDROID_MAINLAND)).toEqual({ simplified: '中文（中国）', traditional: '中文（中国）' });
  });

  it('on iOS Safari: the first voice of each variety', () => {
    expect(picks(IOS_SAFARI)).toEqual({ simplified: 'Tingting', traditional: 'Meijia' });
    expect(picks(IOS_HONG_KONG)).toEqual({ simplified: 'Tingting', traditional: 'Sinji' });
  });

  it('on Firefox for Linux with eSpeak', () => {
    expect(picks(FIREFOX_LINUX)).toEqual({ simplified: 'Chinese (Mandarin)', traditional: 'Chinese (Cantonese)' });
  });

  it('nowhere without a Chinese voice, so 朗读 is not offered', () => {
    expect(picks(HEADLESS_CHROMIUM)).toEqual({ simplified: undefined, traditional: undefined });
    expect(picks(ENGLISH_ONLY)).toEqual({ simplified: undefined, traditional: undefined });
  });

  it('takes only voices on the device, the default one first among voices of the same variety', () => {
    const remote = voice('online', 'zh-CN', false, true);
    const local = voice('device', 'zh-CN', true);
    const localDefault = voice('device default', 'zh-CN', true, true);
    expect(chooseVoice([remote], ['zh-CN'])).toBeUndefined();
    expect(chooseVoice([remote, local], ['zh-CN'])).toBe(local);
    expect(chooseVoice([remote, local, localDefault], ['zh-CN'])).toBe(localDefault);
  });

  it('knows the varieties of Chinese by any of their tags', () => {
    expect(['zh-CN', 'zh_CN', 'zh', 'cmn-Hans-CN', 'zh-Hans', 'zh-SG'].map(chineseVariety)).toEqual(Array(6).fill('zh-CN'));
    expect(['zh-TW', 'zh_TW', 'cmn-Hant-TW', 'zh-Hant'].map(chineseVariety)).toEqual(Array(4).fill('zh-TW'));
    expect(['zh-HK', 'yue-HK', 'yue', 'zh-MO', 'yue-Hant-HK'].map(chineseVariety)).toEqual(Array(5).fill('zh-HK'));
    expect(['en-US', 'ja-JP', 'ko-KR', ''].map(chineseVariety)).toEqual(Array(4).fill(undefined));
  });
});
