import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, placeholderLocations, unfinishedContentMessage, unfinishedPlaces } from '../../../src/lib/report/unfinished.ts';

describe('unfinished content', () => {
  it('is found on every line that says 【待填写】, a YAML comment included', () => {
    const report = `---\ntitle: 某年度报告\ndate: 2025年12月31日 # ${PLACEHOLDER}改为落款日期\n---\n\n正文。\n`;
    expect(placeholderLocations([{ name: 'content/2025/report.mdx', content: report }])).toEqual(['content/2025/report.mdx:3']);
  });

  it('is found in the text files of a content folder, and not in other files', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'fzbg-unfinished-'));
    try {
      await mkdir(path.join(folder, '2025'));
      await writeFile(path.join(folder, '2025/report.mdx'), `---\nissuer: ${PLACEHOLDER}\n---\n`);
      await writeFile(path.join(folder, '2025/1.mdx'), '正文已填写。\n');
      await writeFile(path.join(folder, '2025/original.txt'), PLACEHOLDER);
      await writeFile(path.join(folder, 'site.yaml'), `address: "${PLACEHOLDER}"\n`);
      const name = folder.split(path.sep).join('/');
      expect(await unfinishedPlaces(folder)).toEqual([`${name}/2025/report.mdx:2`, `${name}/site.yaml:1`]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('is reported in Chinese and English, refused for publication and only warned about in a preview', () => {
    const refused = unfinishedContentMessage(['content/2025/report.mdx:4'], true);
    const warned = unfinishedContentMessage(['content/2025/report.mdx:4'], false);
    for (const message of [refused, warned]) expect(message).toContain('  content/2025/report.mdx:4\n');
    expect(refused).toMatch(/不能生成[\s\S]*publication build \(SITE_URL set\) stops/);
    expect(warned).toMatch(/请勿发布[\s\S]*do not publish/);
  });
});
