/**
 * The desk as the tests run it: the real server (startDesk) on a temporary copy of the fixture project, and
 * raw HTTP requests that can say anything a browser or another site might (any Host, Origin, content type).
 */
import { request as httpRequest } from 'node:http';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startDesk, type DeskServer } from '../../src/desk/server/desk-server.ts';
import { copyProject, type CopyOptions } from '../support/project.ts';

export interface DeskUnderTest {
  dir: string;
  server: DeskServer;
  token: string;
  close(): Promise<void>;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request exactly as given: the Host header included, which fetch() would not let a test set. */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {}): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: options.method ?? 'GET', headers: options.headers, setHost: false, agent: false },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** The token the desk wrote into its page, read as the page reads it. */
export async function pageToken(url: string): Promise<string> {
  const page = await rawRequest(url, { headers: { host: new URL(url).host } });
  const token = /<meta name="desk-token" content="([^"]+)"/.exec(page.body)?.[1];
  if (!token) throw new Error(`no token in the desk page:\n${page.body.slice(0, 500)}`);
  return token;
}

export async function deskOnCopy(options: CopyOptions = {}): Promise<DeskUnderTest> {
  const dir = await copyProject(options);
  const server = await startDesk({ projectDir: dir });
  const token = await pageToken(server.url);
  return {
    dir,
    server,
    token,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** What the desk's own page sends: its Host, its origin, its token, JSON. */
export function ownHeaders(desk: DeskUnderTest, type = 'application/json'): Record<string, string> {
  const { host, origin } = new URL(desk.server.url);
  return { host, origin, 'sec-fetch-site': 'same-origin', 'content-type': type, 'x-desk-token': desk.token };
}

export const contentOf = (desk: DeskUnderTest): string => path.join(desk.dir, 'content');
