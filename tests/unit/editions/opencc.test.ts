import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { simplifiedTo, type TraditionalStandard } from '../../../src/lib/editions/opencc.ts';

const FIXTURE_YEAR = 'tests/fixtures/content/2024';
const text = readdirSync(FIXTURE_YEAR)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => readFileSync(path.join(FIXTURE_YEAR, file), 'utf8'))
  .join('\n');

describe('the conversions from simplified characters, sharing their tables', () => {
  it.each<TraditionalStandard>(['t', 'tw', 'twp', 'hk'])('convert to %s as OpenCC’s own converter does', (standard) => {
    expect(simplifiedTo(standard)(text)).toBe(Converter({ from: 'cn', to: standard })(text));
  });

  it('refuse a standard OpenCC does not have', () => {
    expect(() => simplifiedTo('xx' as TraditionalStandard)).toThrow(/xx/);
  });
});
