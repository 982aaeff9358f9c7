/** axe-core run in a page of Chromium: every WCAG 2.x A and AA rule and axe's best practices, plus any rules asked for. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AxeResult {
  violations: Violation[];
  /** The ids of the rules that ran and found something to pass: proof that a rule asked for did run. */
  passed: string[];
}

/** The whole document, with the standard rules and, by id, the extra ones (such as color-contrast-enhanced, AAA). */
export async function runAxe(page: Page, extraRules: string[] = []): Promise<AxeResult> {
  await page.evaluate(axeSource);
  return page.evaluate(async (extra) => {
    type Result = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: Object.fromEntries(extra.map((id) => [id, { enabled: true }])),
      resultTypes: ['violations', 'passes'],
    });
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) })),
      passed: result.passes.map((p) => p.id),
    };
  }, extraRules);
}
