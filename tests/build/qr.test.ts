import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { listPages, pageFile } from '../support/dist.ts';
import { errorCorrectionLevel, modulesFromSvg } from '../support/qr.ts';

describe('every page carries a QR code small enough to print 2 cm wide', async () => {
  const pages = await listPages();

  it('covers the report, section, whole-report and poster pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['', '2024/', '2024/1/', '2024/full/', '2024/poster/', '2024/1/poster/']));
  });

  for (const page of pages) {
    it(`/${page}: one code, error correction M, version 4 or lower`, async () => {
      const svgs = (await readFile(pageFile(page), 'utf8')).match(/<svg[^>]*>.*?<\/svg>/gs) ?? [];
      expect(svgs).toHaveLength(1);
      const { version, modules } = modulesFromSvg(svgs[0]!);
      expect(version).toBeGreaterThanOrEqual(1);
      expect(version).toBeLessThanOrEqual(4);
      expect(errorCorrectionLevel(modules)).toBe('M');
    });
  }
});
