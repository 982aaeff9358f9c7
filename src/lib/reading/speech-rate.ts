/** 朗读's speeds, 慢 / 正常 / 快, and where the reader's choice is kept across pages. */
export const SPEECH_RATE_KEY = 'fzbg-speech-rate';

/** rate is SpeechSynthesisUtterance.rate: 1 is the engine's normal speed. Older readers asked for slower more than faster. */
export const SPEECH_RATES = [
  { value: 'slow', label: '慢', rate: 0.75 },
  { value: 'normal', label: '正常', rate: 1 },
  { value: 'fast', label: '快', rate: 1.3 },
] as const;

export type SpeechRate = (typeof SPEECH_RATES)[number];

/** The stored speed, or 正常 for nothing or anything unknown stored. */
export function speechRateOf(stored: string | null): SpeechRate {
  return SPEECH_RATES.find((speed) => speed.value === stored) ?? SPEECH_RATES[1];
}
