import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findOriginal, formatFileSize, originalLabel } from '../../../src/lib/report/original.ts';

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the original document', () => {
  it('is found beside the report as original.docx or original.txt, with its size', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'fzbg-original-'));
    expect(findOriginal(folder, '2025')).toBeUndefined();
    await writeFile(path.join(folder, 'original.txt'), 'x'.repeat(3000));
    expect(findOriginal(folder, '2025')).toMatchObject({ path: '2025/original.txt', format: '文本', bytes: 3000 });
    await writeFile(path.join(folder, 'original.docx'), 'x'.repeat(38 * 1024));
    const original = findOriginal(folder, '2025')!;
    expect(original).toMatchObject({ path: '2025/original.docx', format: 'Word', bytes: 38 * 1024 });
    expect(originalLabel(original)).toBe('原文（Word，38 KB）');
  });

  it('states its size in KB, or MB when large, never as 0', () => {
    expect(formatFileSize(10)).toBe('1 KB');
    expect(formatFileSize(38_900)).toBe('38 KB');
    expect(formatFileSize(2_500_000)).toBe('2.4 MB');
  });
});
