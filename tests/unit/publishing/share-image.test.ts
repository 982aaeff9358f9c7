import { describe, expect, it } from 'vitest';
import { shareCardSvg, textWidthEm, wrapText } from '../../../src/lib/publishing/share-image.ts';

describe('wrapText', () => {
  it('keeps a short title on one line', () => {
    expect(wrapText('某区2025年度报告', 17)).toEqual(['某区2025年度报告']);
  });

  it('balances a long title over lines that fit, keeping a number with the character after it', () => {
    const lines = wrapText('新荣经济技术开发区2024年法治政府建设年度报告', 17);
    expect(lines).toEqual(['新荣经济技术开发区2024年', '法治政府建设年度报告']);
    expect(lines.every((line) => textWidthEm(line) <= 17)).toBe(true);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三四五六七八九十，一二三四五六七八九十。一二三', 11);
    expect(lines.every((line) => !/^[，。]/.test(line))).toBe(true);
    expect(lines.join('')).toBe('一二三四五六七八九十，一二三四五六七八九十。一二三');
  });
});

describe('shareCardSvg', () => {
  const svg = shareCardSvg({ column: '年度报告', title: '某区<2025>年度报告', issuers: '甲委、乙会', year: '2025', fontFamily: 'Noto' });

  it('is a 1200 × 630 picture with the title, issuers and year as text, escaped', () => {
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).toContain('某区&lt;2025&gt;年度报告');
    expect(svg).toContain('>甲委、乙会<');
    expect(svg).toContain('>2025年度<');
  });
});
