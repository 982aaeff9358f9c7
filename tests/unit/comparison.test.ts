import { describe, expect, it } from 'vitest';
import { comparisonKey, splitSentences } from '../support/comparison.ts';

describe('the comparison the fidelity test relies on', () => {
  it('gives the scraped and the edited text the same comparison key', () => {
    expect(comparisonKey('(三)在加大普法力度上再下功夫。著力補短板,強(qiáng)弱項(xiàng)')).toBe(
      comparisonKey('（三）在加大普法力度上再下功夫。着力补短板，强弱项'),
    );
    expect(comparisonKey('着力补短板')).not.toBe(comparisonKey('着力补长板'));
    expect(comparisonKey('顯著成效')).toBe(comparisonKey('显著成效'));
  });

  it('splits sentences at Chinese stops and line ends', () => {
    expect(splitSentences('甲。乙；丙\n丁！')).toEqual(['甲。', '乙；', '丙', '丁！']);
  });
});
