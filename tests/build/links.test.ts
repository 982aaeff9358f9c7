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

  it('the checker itself catches a missing page, a missing anchor, an outside link and anything loaded from elsewhere', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fzbg-links-'));
    try {
      await mkdir(path.join(dir, 'a'));
      await writeFile(path.join(dir, 'a/index.html'), '<h2 id="x">x</h2>');
      await writeFile(
        path.join(dir, 'index.html'),
        '<style>body{background:url("data:image/png;base64,AA")}</style><style>h1{background:url(https://cdn.example/a.png)}</style>' +
          '<a href="/a/#x">ok</a><a href="/a/#y">bad anchor</a><a href="/b/">bad page</a><a href="https://cdn.example/x.js">out</a>' +
          '<a href="https://beian.miit.gov.cn/">晋ICP备1号</a><a href="tel:03521234567">电话</a><a href="mailto:a@example.gov.cn">邮箱</a>' +
          '<link rel="stylesheet" href="https://beian.miit.gov.cn/x.css"><img src="https://beian.mps.gov.cn/logo.png" alt="">' +
          '<iframe src="https://map.example/"></iframe><p style="background:url(//cdn.example/b.png)">x</p>',
      );
      const broken = await findBrokenLinks(dir);
      expect(broken.map((b) => b.href).sort()).toEqual(
        [
          'url(https:',
          'url(//',
          '/a/#y',
          '/b/',
          'https://cdn.example/x.js',
          'https://beian.miit.gov.cn/x.css',
          'https://beian.mps.gov.cn/logo.png',
          'https://map.example/',
        ].sort(),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
