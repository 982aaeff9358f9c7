/**
 * axe-core in Chromium on every page, in the light and dark colour schemes and at each text size the
 * reader can choose. See tests/browser/accessibility.md for the GB/T 37668-2019 checks this stands for.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { listPages } from '../support/dist.ts';
import { TEXT_SIZE_KEY, TEXT_SIZES } from '../../src/lib/reading/text-size.ts';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Every WCAG 2.x A and AA rule and axe's best practices, on the whole document. */
async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
  });
}

describe('axe-core finds nothing', async () => {
  const pages = await listPages();
  const opened = siteInBrowser();


  for (const colorScheme of ['light', 'dark'] as const) {
    for (const size of TEXT_SIZES) {
      it(`on every page, ${colorScheme} scheme, text size ${size.label}`, async () => {
        const page = await opened.browser.context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [TEXT_SIZE_KEY, size.value]);
        const found: Record<string, Violation[]> = {};
        for (const path of pages) {
          await page.goto(new URL(path, opened.site.url).href);
          const applied = await page.evaluate(() => document.documentElement.dataset['textSize'] ?? 'standard');
          expect(applied, path).toBe(size.value);
          const violations = await axe(page);
          if (violations.length > 0) found[path] = violations;
        }
        // The search page with results: what a search adds to it is checked too.
        await page.goto(new URL('search/?q=法律顾问', opened.site.url).href);
        await page.waitForSelector('ol[aria-label="搜索结果"] li');
        const searched = await axe(page);
        if (searched.length > 0) found['search/?q=法律顾问'] = searched;
        console.log(`axe, ${colorScheme}, ${size.label}: ${pages.length + 1} pages, ${Object.values(found).flat().length} violations`);
        expect(found).toEqual({});
        await page.close();
      });
    }
  }
});
