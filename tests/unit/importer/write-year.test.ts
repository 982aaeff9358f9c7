import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeYearFolder } from '../../../src/importer/write-year.ts';

let root: string;
let content: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fzbg-write-'));
  content = path.join(root, 'content');
  await mkdir(path.join(content, '2025'), { recursive: true });
  await writeFile(path.join(content, '2025', 'report.mdx'), 'old');
});

const files = [
  { name: 'report.mdx', content: 'new report' },
  { name: '1.mdx', content: 'new section' },
];

describe('writeYearFolder', () => {
  it('writes a new year and leaves no temporary folder behind', async () => {
    await writeYearFolder(content, '2026', files);
    expect((await readdir(path.join(content, '2026'))).sort()).toEqual(['1.mdx', 'report.mdx']);
    expect(await readdir(root)).toEqual(['content']);
  });

  it('refuses to overwrite an existing year without force, and changes nothing', async () => {
    await expect(writeYearFolder(content, '2025', files)).rejects.toThrow(
      /已经存在[\s\S]*--force[\s\S]*already exists/,
    );
    expect(await readdir(path.join(content, '2025'))).toEqual(['report.mdx']);
    expect(await readFile(path.join(content, '2025', 'report.mdx'), 'utf8')).toBe('old');
    expect(await readdir(root)).toEqual(['content']);
  });

  it('replaces an existing year as a whole with force', async () => {
    await writeFile(path.join(content, '2025', '9.mdx'), 'a section the new report no longer has');
    await writeYearFolder(content, '2025', files, { force: true });
    expect((await readdir(path.join(content, '2025'))).sort()).toEqual(['1.mdx', 'report.mdx']);
    expect(await readFile(path.join(content, '2025', 'report.mdx'), 'utf8')).toBe('new report');
    expect(await readdir(root)).toEqual(['content']);
  });

  it('writes nothing when a file cannot be written, and keeps the old year', async () => {
    const broken = [...files, { name: 'report.mdx', content: 'the same name twice' }];
    await expect(writeYearFolder(content, '2025', broken, { force: true })).rejects.toThrow();
    await expect(writeYearFolder(content, '2027', broken)).rejects.toThrow();
    expect(await readdir(content)).toEqual(['2025']);
    expect(await readFile(path.join(content, '2025', 'report.mdx'), 'utf8')).toBe('old');
    expect(await readdir(root)).toEqual(['content']);
  });

  it('keeps the original document byte for byte beside the files, and replaces it with force', async () => {
    const original = { name: 'original.docx' as const, content: Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0xff, 0x0d, 0x0a]) };
    await writeYearFolder(content, '2026', [...files, original]);
    expect(new Uint8Array(await readFile(path.join(content, '2026', 'original.docx')))).toEqual(original.content);
    const text = { name: 'original.txt' as const, content: Uint8Array.from([0xc4, 0xea, 0x0d, 0x0a]) };
    await writeYearFolder(content, '2026', [...files, text], { force: true });
    expect((await readdir(path.join(content, '2026'))).sort()).toEqual(['1.mdx', 'original.txt', 'report.mdx']);
    expect(new Uint8Array(await readFile(path.join(content, '2026', 'original.txt')))).toEqual(text.content);
  });
});
