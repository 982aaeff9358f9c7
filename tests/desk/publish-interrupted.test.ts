/**
 * A publish stopped between the write and the build (the desk's process killed, as a power cut or a closed
 * terminal would) leaves content/ and the previous dist/ byte for byte as they were. The desk runs as
 * `npm run desk` runs it, in a process of its own, on a temporary copy of the fixture project, and is given a
 * Word document made by the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree } from '../support/content-hash.ts';
import { buildSite, copyProject } from '../support/project.ts';
import { fixtureReport, gongwenDocx } from '../support/report-fixtures.ts';
import { pageToken, rawRequest } from './desk-support.ts';

let dir: string;
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  dir = await copyProject();
  const built = await buildSite(dir);
  if (built.code !== 0) throw new Error(built.output);
  // Its own process group, so that the kill ends the build it started too.
  child = spawn(process.execPath, [path.join(dir, 'src/desk/main.ts'), '--no-open'], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise<string>((resolve, reject) => {
    let printed = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed)?.[0];
      if (found) resolve(found);
    });
    child.on('exit', () => reject(new Error(`the desk stopped:\n${printed}`)));
  });
});
afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('a publish killed between the write and the build', () => {
  it('leaves content/ and dist/ byte-identical to before', async () => {
    const token = await pageToken(url);
    const { host, origin } = new URL(url);
    const headers = (type = 'application/json') => ({ host, origin, 'sec-fetch-site': 'same-origin', 'content-type': type, 'x-desk-token': token });
    const post = (route: string, body: string | Uint8Array, type?: string) => rawRequest(new URL(route, url).href, { method: 'POST', headers: headers(type), body });

    expect((await post('/api/desk-settings', JSON.stringify({ siteUrl: 'https://fzbg.example.gov.cn' }))).status).toBe(200);
    const staged = await post('/api/stage?name=report-2025.docx', await gongwenDocx(fixtureReport(2025)), 'application/octet-stream');
    expect(staged.status).toBe(200);
    const ready = JSON.parse((await rawRequest(new URL('/api/preview', url).href, { headers: { host } })).body);
    expect(ready.staged.preview.ok).toBe(true);
    const stage = { name: '', date: '2025年12月8日' };
    const review = {
      stages: { first: { ...stage, name: '王一' }, second: { ...stage, name: '李二' }, final: { ...stage, name: '孙四' } },
      secrecy: { ...stage, name: '赵三', confirmed: true },
    };
    const reviewed = JSON.parse((await post('/api/review', JSON.stringify(review))).body);
    expect(reviewed.blockers).toEqual([]);

    const content = await hashTree(path.join(dir, 'content'));
    const dist = await hashTree(path.join(dir, 'dist'));
    // Publish, and kill the desk the moment the build starts, the write having been done.
    const seen: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port: new URL(url).port, path: '/api/publish', method: 'POST', headers: headers(), agent: false },
        (response) => {
          response.on('data', (chunk: Buffer) => {
            for (const line of chunk.toString().split('\n').filter(Boolean)) {
              const { progress } = JSON.parse(line) as { progress?: { step: string; status: string } };
              if (progress) seen.push(`${progress.step}:${progress.status}`);
              if (progress?.step === 'build' && progress.status === 'running') {
                process.kill(-child.pid!, 'SIGKILL');
                resolve();
              }
            }
          });
          response.on('error', () => undefined);
        },
      );
      request.on('error', reject);
      request.end('{}');
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(seen).toEqual(['write:running', 'write:done', 'build:running']);
    expect(await hashTree(path.join(dir, 'content'))).toBe(content);
    expect(await hashTree(path.join(dir, 'dist'))).toBe(dist);
  });
});
