/**
 * The desk's server: plain node:http on 127.0.0.1 only, its page and its API on one port, the preview on
 * another. Every request passes the guard first (guard.ts): a refused request gets a 403 and is not read any
 * further, so nothing is written. The desk makes no request to the network itself.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Desk } from '../desk.ts';
import { PREVIEW_SITE } from '../preview.ts';
import { stopBuilds } from '../site-build.ts';
import { refuseChange } from './guard.ts';
import { DeskRequestError, sendFile, sendJson, sendRefusal } from './http.ts';
import { pageFile, pagePolicy } from './page-files.ts';
import { startPreviewServer } from './preview-server.ts';
import { handleApi } from './routes.ts';

export interface DeskServer {
  url: string;
  previewOrigin: string;
  desk: Desk;
  close(): Promise<void>;
}

export interface DeskOptions {
  projectDir: string;
  /** 0 for any free port. */
  port?: number;
}

export async function startDesk({ projectDir, port = 0 }: DeskOptions): Promise<DeskServer> {
  const desk = new Desk(projectDir);
  const preview = await startPreviewServer(path.join(projectDir, PREVIEW_SITE));
  const address = { port: 0, token: randomBytes(24).toString('base64url') };
  const server: Server = createServer(async (request, response) => {
    const method = request.method ?? 'GET';
    const refusal = refuseChange(method, request.headers, address);
    if (refusal) {
      request.resume();
      sendRefusal(response, refusal);
      return;
    }
    const url = new URL(request.url ?? '/', 'http://desk');
    try {
      if (url.pathname.startsWith('/api/')) {
        await handleApi(desk, { method, url, request, response, previewOrigin: preview.origin });
        return;
      }
      const file = method === 'GET' ? await pageFile(url.pathname, address.token) : undefined;
      if (!file) {
        sendJson(response, 404, { error: { chinese: '没有这个页面。', english: 'No such page.' } });
        return;
      }
      sendFile(response, file.type, file.body, { 'content-security-policy': pagePolicy(preview.origin) });
    } catch (error) {
      if (error instanceof DeskRequestError) {
        sendJson(response, error.status, { error: { chinese: error.chinese, english: error.english } });
        return;
      }
      console.error(error);
      if (!response.headersSent) {
        sendJson(response, 500, { error: { chinese: `发布台出错：${String(error)}`, english: `The desk failed: ${String(error)}` } });
      } else response.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  address.port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    previewOrigin: preview.origin,
    desk,
    async close() {
      stopBuilds();
      await preview.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
