/**
 * `answers` in a report's front matter (which part of this year answers which of last year's plans) is optional;
 * a wrong one stops the build with a message naming the file and the field, in Chinese and English.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyProject } from '../support/project.ts';

/** Builds the fixture year 2025-across-years on top of the site, its answers replaced by `answers` (YAML lines). */
async function buildWithAnswers(answers: string): Promise<{ code: number; output: string }> {
  const dir = await copyProject({ years: ['2025-across-years'] });
  try {
    const report = path.join(dir, 'content/2025/report.mdx');
    const text = await readFile(report, 'utf8');
    const changed = text.replace(/^answers:\n(  .*\n)+/m, `answers:\n${answers}`);
    if (changed === text) throw new Error('the fixture year has no answers to replace');
    await writeFile(report, changed);
    return await buildSite(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe.concurrent('answers to last year’s plans', () => {
  it('refuses a plan that last year’s report does not have', async () => {
    const { code, output } = await buildWithAnswers('  - plan: 3-7\n    section: 1-1\n');
    expect(code).not.toBe(0);
    expect(output).toContain('content/2025/report.mdx');
    expect(output).toContain('answers');
    expect(output).toContain('plan: 3-7 不是 2024 年报告中的工作安排');
    expect(output).toContain('plan: 3-7 is not one of the plans of the 2024 report');
  });

  it('refuses something that is not a section or subsection number', async () => {
    const { code, output } = await buildWithAnswers('  - plan: 3-1\n    section: 第一章\n');
    expect(code).not.toBe(0);
    expect(output).toContain('content/2025/report.mdx');
    expect(output).toContain('section');
    expect(output).toContain('应写作章节或小节编号');
    expect(output).toContain('must be a section or subsection number');
  });
});
