import { describe, expect, it } from 'vitest';
import { editionOfPath, pathInEdition, SIMPLIFIED, TRADITIONAL } from '../../../src/lib/editions/editions.ts';
import { assembleReports } from '../../../src/lib/report/model.ts';

describe('editions', () => {
  it('tell a traditional path by its prefix', () => {
    expect(editionOfPath('hant/2024/1/')).toBe(TRADITIONAL);
    expect(editionOfPath('2024/1/')).toBe(SIMPLIFIED);
    expect(editionOfPath('')).toBe(SIMPLIFIED);
  });

  it('lead to the same page in the other edition', () => {
    expect(pathInEdition('2024/1/', TRADITIONAL)).toBe('hant/2024/1/');
    expect(pathInEdition('hant/2024/1/', SIMPLIFIED)).toBe('2024/1/');
    expect(pathInEdition('hant/', SIMPLIFIED)).toBe('');
    expect(pathInEdition('', TRADITIONAL)).toBe('hant/');
    expect(pathInEdition('hant/2024/', TRADITIONAL)).toBe('hant/2024/');
  });

  it('give the report model the paths of the edition', () => {
    const [report] = assembleReports(
      [{ year: '2024', filePath: 'r', title: 't', issuers: ['i'], date: '2024-12-05', opening: null }],
      [{ year: '2024', filePath: 's', number: 1, title: 't', body: null }],
      TRADITIONAL.prefix,
    );
    expect([report?.path, report?.fullTextPath, report?.sections[0]?.path]).toEqual(['hant/2024/', 'hant/2024/full/', 'hant/2024/1/']);
  });
});
