/**
 * The preview, served on a loopback port of its own so that the site's pages sit at the paths they will have
 * when published (/, /2025/, /hant/…) and share nothing with the desk's page: another origin, read-only, and
 * like the desk it answers only requests addressed to its own loopback name and port.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { refuseRead } from './guard.ts';
import { COMMON_HEADERS, sendRefusal } from './http.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const candidate = path.join(root, decodeURIComponent(pathname));
  if (candidate !== root && !candidate.startsWith(`${root}${path.sep}`)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isDirectory()) return fileFor(root, path.posix.join(pathname, 'index.html'));
  return info?.isFile() ? candidate : undefined;
}

export interface PreviewServer {
  origin: string;
  close(): Promise<void>;
}

export async function startPreviewServer(siteDir: string, port = 0): Promise<PreviewServer> {
  let own = 0;
  const server: Server = createServer(async (request, response) => {
    const refusal = refuseRead(request.headers, { port: own, token: '' });
    if (refusal || (request.method !== 'GET' && request.method !== 'HEAD')) {
      sendRefusal(response, refusal ?? { chinese: '预览只能查看。', english: 'The preview is read-only.' });
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://preview');
    const file = await fileFor(siteDir, pathname);
    const found = file ?? (await fileFor(siteDir, pathname.startsWith('/hant/') ? '/hant/404.html' : '/404.html'));
    const body = found ? await readFile(found) : Buffer.from('预览尚未生成 / no preview yet');
    response.writeHead(file ? 200 : 404, {
      ...COMMON_HEADERS,
      'content-type': found ? (TYPES[path.extname(found)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  own = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${own}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
