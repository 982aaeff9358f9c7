/**
 * The desk's server refuses what another web page, or a rebound host name, could send it: each refusal is a
 * 403 and writes nothing, shown by the project folder's fingerprint before and after. And the desk's own page,
 * asking the same thing properly, is answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { MAX_UNPACKED_BYTES } from '../../src/desk/import-adapter.ts';
import { MAX_UPLOAD_BYTES } from '../../src/desk/server/http.ts';
import { hashTree } from '../support/content-hash.ts';
import { deskOnCopy, ownHeaders, rawRequest, type DeskUnderTest } from './desk-support.ts';

let desk: DeskUnderTest;
beforeAll(async () => {
  desk = await deskOnCopy();
});
afterAll(() => desk.close());

const settingsBody = JSON.stringify({ siteUrl: 'https://fzbg.example.gov.cn' });
const post = (path: string, headers: Record<string, string>, body: string | Uint8Array = settingsBody) =>
  rawRequest(new URL(path, desk.server.url).href, { method: 'POST', headers, body });

/** The project folder, node_modules aside: what a refused request must leave as it was. */
const fingerprint = async () => hashTree(desk.dir).then(async (all) => all + (await hashTree(`${desk.dir}/content`)));

describe('the desk server refuses, with 403 and nothing written', () => {
  it('a POST from another origin, even carrying the token', async () => {
    const before = await fingerprint();
    const response = await post('/api/desk-settings', { ...ownHeaders(desk), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body).error.chinese).toContain('其他网页');
    expect(await fingerprint()).toBe(before);
  });

  it('a request with Host: evil.example (DNS rebinding), to read or to write', async () => {
    const before = await fingerprint();
    const read = await rawRequest(desk.server.url, { headers: { host: 'evil.example' } });
    expect(read.status).toBe(403);
    expect(read.body).not.toContain(desk.token);
    const write = await post('/api/desk-settings', { ...ownHeaders(desk), host: 'evil.example' });
    expect(write.status).toBe(403);
    const preview = await rawRequest(`${desk.server.previewOrigin}/`, { headers: { host: 'evil.example' } });
    expect(preview.status).toBe(403);
    expect(await fingerprint()).toBe(before);
  });

  it('a request without the token, or with another one', async () => {
    const before = await fingerprint();
    const { 'x-desk-token': _token, ...withoutToken } = ownHeaders(desk);
    expect((await post('/api/desk-settings', withoutToken)).status).toBe(403);
    expect((await post('/api/desk-settings', { ...withoutToken, 'x-desk-token': 'x'.repeat(desk.token.length) })).status).toBe(403);
    expect(await fingerprint()).toBe(before);
  });

  it('a text/plain form post from another origin, and a text/plain post without any origin', async () => {
    const before = await fingerprint();
    const { host } = new URL(desk.server.url);
    const form = await post('/api/desk-settings', { host, origin: 'null', 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' });
    expect(form.status).toBe(403);
    const bare = await post('/api/desk-settings', { ...ownHeaders(desk, 'text/plain') });
    expect(bare.status).toBe(403);
    expect(await fingerprint()).toBe(before);
  });

  it('answers the same request from its own page', async () => {
    const response = await post('/api/desk-settings', ownHeaders(desk));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).siteUrl).toBe('https://fzbg.example.gov.cn');
  });
});

describe('the desk refuses a file it will not read, with a message, and stages nothing', () => {
  it('a file over the stated size', async () => {
    const before = await hashTree(`${desk.dir}/content`);
    const response = await post('/api/stage?name=report.txt', ownHeaders(desk, 'application/octet-stream'), new Uint8Array(MAX_UPLOAD_BYTES + 1));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.chinese).toContain(`${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
    expect(desk.server.desk.staged).toBeUndefined();
    expect(await hashTree(`${desk.dir}/content`)).toBe(before);
  });

  it('a .docx that unpacks to too much', async () => {
    // Small on the wire, huge unpacked: one part of zeros past the limit.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(MAX_UNPACKED_BYTES + 1024) }, { level: 9 });
    const response = await post('/api/stage?name=report.docx', ownHeaders(desk, 'application/octet-stream'), bomb);
    expect(response.status).toBe(422);
    const { error } = JSON.parse(response.body);
    expect(error.chinese).toContain('解压后超过');
    expect(error.english).toContain('unpacks to more than');
    expect(desk.server.desk.staged).toBeUndefined();
  });
});
