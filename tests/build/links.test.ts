import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findBrokenLinks } from '../support/links.ts';
import { distDir } from '../support/project.ts';

describe('links in the built site', () => {
  it('every internal link and anchor resolves, and nothing points off the site', async () => {
    expect(await findBrokenLinks(distDir)).toEqual([]);
  });

  it('the checker itself catches a missing page, a missing anchor and an outside link', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fzbg-links-'));
    try {
      await mkdir(path.join(dir, 'a'));
      await writeFile(path.join(dir, 'a/index.html'), '<h2 id="x">x</h2>');
      await writeFile(
        path.join(dir, 'index.html'),
        '<a href="/a/#x">ok</a><a href="/a/#y">bad anchor</a><a href="/b/">bad page</a><a href="https://cdn.example/x.js">out</a>',
      );
      const broken = await findBrokenLinks(dir);
      expect(broken.map((b) => b.href)).toEqual(['/a/#y', '/b/', 'https://cdn.example/x.js']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
