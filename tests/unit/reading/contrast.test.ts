import { describe, expect, it } from 'vitest';
import { APPLY_STORED_CONTRAST, CONTRAST_KEY, HIGH_CONTRAST } from '../../../src/lib/reading/contrast.ts';

/** Runs the <head> script against a stored value and returns what it put on <html data-contrast>. */
function applyStored(stored: string | null | Error): string | undefined {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === CONTRAST_KEY ? stored : null;
    },
  };
  new Function('localStorage', 'document', APPLY_STORED_CONTRAST)(localStorage, { documentElement: { dataset } });
  return dataset['contrast'];
}

describe('high contrast', () => {
  it('applies a stored choice before the first paint', () => {
    expect(applyStored(HIGH_CONTRAST)).toBe('high');
  });

  it('ignores nothing stored, the choice switched off, unknown values, and storage that is switched off', () => {
    expect(applyStored(null)).toBeUndefined();
    expect(applyStored('')).toBeUndefined();
    expect(applyStored('maximum')).toBeUndefined();
    expect(applyStored(new Error('SecurityError'))).toBeUndefined();
  });
});
