/**
 * Content and settings mistakes staff can make stop the build with a message that names the file and the field.
 * Each case is a real `astro build` of a copy of the fixture site with one mistake in it.
 */
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyProject } from '../support/project.ts';

async function buildWith(change: (dir: string) => Promise<void>): Promise<{ code: number; output: string }> {
  const dir = await copyProject();
  try {
    await change(dir);
    return await buildSite(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function edit(dir: string, file: string, replace: (text: string) => string): Promise<void> {
  const full = path.join(dir, file);
  const before = await readFile(full, 'utf8');
  const after = replace(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  await writeFile(full, after);
}

describe.concurrent('a content mistake fails the build, naming the file and the field', () => {
  it('a report without its title', async () => {
    const { code, output } = await buildWith((dir) => edit(dir, 'content/2024/report.mdx', (t) => t.replace(/^title:.*\n/m, '')));
    expect(code).not.toBe(0);
    expect(output).toContain('content/2024/report.mdx');
    expect(output).toMatch(/\btitle\b/);
    expect(output).toContain('报告标题');
  });

  it('a date that is not a date', async () => {
    const { code, output } = await buildWith((dir) =>
      edit(dir, 'content/2024/report.mdx', (t) => t.replace(/^date:.*$/m, 'date: 2024年13月45日')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/2024/report.mdx');
    expect(output).toMatch(/\bdate\b/);
    expect(output).toContain('2024年13月45日');
  });

  it('a date written the way YAML would silently roll over', async () => {
    const { code, output } = await buildWith((dir) =>
      edit(dir, 'content/2024/report.mdx', (t) => t.replace(/^date:.*$/m, 'date: 2024-13-45')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/2024/report.mdx');
    expect(output).toMatch(/\bdate\b/);
  });

  it('信息公开 facts left blank or with a time that is not one', async () => {
    const { code, output } = await buildWith((dir) =>
      edit(dir, 'content/2024/report.mdx', (t) => t.replace(/^date:.*$/m, '$&\nindexNumber: ""\npublished: 2024年12月10日 25:00')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/2024/report.mdx');
    expect(output).toContain('indexNumber（索引号）不能为空');
    expect(output).toContain('indexNumber (索引号) must not be empty');
    expect(output).toContain('published（发布日期）“2024年12月10日 25:00”无效');
    expect(output).toContain('published "2024年12月10日 25:00" is not valid');
  });

  it('a duplicate section number', async () => {
    const { code, output } = await buildWith((dir) =>
      edit(dir, 'content/2024/3.mdx', (t) => t.replace(/^number: 3$/m, 'number: 2')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/2024/2.mdx');
    expect(output).toContain('content/2024/3.mdx');
    expect(output).toMatch(/field: number/);
  });

  it('a missing section number', async () => {
    const { code, output } = await buildWith((dir) => rm(path.join(dir, 'content/2024/2.mdx')));
    expect(code).not.toBe(0);
    expect(output).toContain('content/2024/3.mdx');
    expect(output).toMatch(/field: number/);
    expect(output).toContain('缺少第 2 章');
  });

  it('a section without its number field', async () => {
    const { code, output } = await buildWith((dir) => edit(dir, 'content/2024/2.mdx', (t) => t.replace(/^number: 2\n/m, '')));
    expect(code).not.toBe(0);
    expect(output).toContain('content/2024/2.mdx');
    expect(output).toMatch(/\bnumber\b/);
  });

  it('a section whose year has no report', async () => {
    const { code, output } = await buildWith(async (dir) => {
      await mkdir(path.join(dir, 'content/2023'));
      await writeFile(path.join(dir, 'content/2023/1.mdx'), '---\nnumber: 1\ntitle: 主要工作成效\n---\n\n正文。\n');
    });
    expect(code).not.toBe(0);
    expect(output).toContain('content/2023/1.mdx');
    expect(output).toMatch(/field: year/);
    expect(output).toContain('content/2023/report.mdx');
  });

  it('a joint issuer left empty', async () => {
    const { code, output } = await buildWith((dir) =>
      edit(dir, 'content/2024/report.mdx', (t) => t.replace(/^issuer:.*$/m, 'issuer:\n  - 新荣经济技术开发区管理委员会\n  - ""')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/2024/report.mdx');
    expect(output).toMatch(/\bissuer\b/);
    expect(output).toContain('不能为空：发布机构');
  });

  it('a site identifier that is not written as issued', async () => {
    const { code, output } = await buildWith((dir) =>
      edit(dir, 'content/site.yaml', (t) => t.replace(/^siteIdCode:.*$/m, 'siteIdCode: 14020')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/site.yaml');
    expect(output).toContain('siteIdCode（网站标识码）');
    expect(output).toContain('网站标识码应为 10 位数字');
    expect(output).toContain('siteIdCode must be 10 digits');
  });
});
