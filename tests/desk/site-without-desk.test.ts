/**
 * The public site carries none of the desk: no page, layout, component, script, integration or model module
 * imports anything from src/desk/, and the build's configuration does not either, so the site's pages and
 * their budgets are what they were. The publish test checks the built dist/ itself for the desk's page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/project.ts';

const SITE_CODE = ['src/pages', 'src/components', 'src/layouts', 'src/scripts', 'src/integrations', 'src/lib', 'src/styles'];
const SITE_FILES = ['astro.config.ts', 'src/content.config.ts', 'src/site.config.ts', 'src/middleware.ts'];

async function siteSources(): Promise<string[]> {
  const nested = await Promise.all(
    SITE_CODE.map(async (folder) =>
      (await readdir(path.join(projectRoot, folder), { recursive: true })).map((name) => path.join(folder, String(name))),
    ),
  );
  return [...SITE_FILES, ...nested.flat().filter((name) => /\.(ts|astro|css|mjs)$/.test(name))];
}

describe('the public site and the desk', () => {
  it('imports nothing from src/desk/', async () => {
    const sources = await siteSources();
    expect(sources.length).toBeGreaterThan(20);
    const importing: string[] = [];
    for (const file of sources) {
      const text = await readFile(path.join(projectRoot, file), 'utf8');
      if (/from\s+['"][^'"]*\/desk\/|import\(\s*['"][^'"]*\/desk\//.test(text)) importing.push(file);
    }
    expect(importing).toEqual([]);
  });
});
