import { describe, expect, it } from 'vitest';
import { APPLY_STORED_TEXT_SIZE, TEXT_SIZE_KEY, TEXT_SIZES } from '../../../src/lib/reading/text-size.ts';

/** Runs the <head> script against a stored value and returns what it put on <html data-text-size>. */
function applyStored(stored: string | null | Error): string | undefined {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === TEXT_SIZE_KEY ? stored : null;
    },
  };
  new Function('localStorage', 'document', APPLY_STORED_TEXT_SIZE)(localStorage, { documentElement: { dataset } });
  return dataset['textSize'];
}

describe('text size', () => {
  it('offers 标准, 大 and 特大', () => {
    expect(TEXT_SIZES.map((size) => size.label)).toEqual(['标准', '大', '特大']);
  });

  it('applies a stored size before the first paint', () => {
    expect(applyStored('x-large')).toBe('x-large');
    expect(applyStored('large')).toBe('large');
  });

  it('ignores nothing stored, unknown values, and storage that is switched off', () => {
    expect(applyStored(null)).toBeUndefined();
    expect(applyStored('huge')).toBeUndefined();
    expect(applyStored(new Error('SecurityError'))).toBeUndefined();
  });
});
