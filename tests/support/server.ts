/** A static file server for a built site on 127.0.0.1, as a plain static host would serve dist/. */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { distDir } from './project.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** e.g. http://127.0.0.1:41234/ or http://127.0.0.1:41234/fzbg/ */
  url: string;
  close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const candidate = path.join(root, decodeURIComponent(pathname));
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) return pathname.endsWith('/') ? fileFor(root, `${pathname}index.html`) : undefined;
    return candidate;
  } catch {
    return undefined;
  }
}

export interface ServeOptions {
  /** Send the headers the build wrote to dir/_headers (the security policy), as a static host would. */
  headersFile?: boolean;
  /**
   * Serve as a real host does: text compressed with gzip when the browser accepts it, and validators (ETag,
   * Last-Modified) answered with 304 Not Modified. Pagefind's own files are compressed already.
   */
  likeRealHost?: boolean;
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** Headers and body of a file as a real host sends them, or a 304 when the browser's copy is still current. */
async function realHostResponse(request: IncomingMessage, file: string, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const modified = (await stat(file)).mtime;
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const validators = { etag, 'last-modified': modified.toUTCString() };
  if (request.headers['if-none-match'] === etag) return { status: 304, headers: validators, body: Buffer.alloc(0) };
  const gzip = COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  return {
    status: 200,
    headers: { ...validators, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) },
    body: gzip ? gzipSync(body) : body,
  };
}

/** A rule of a `_redirects` file (Netlify's form: pattern, target, status) that answers a miss with a page. */
interface NotFoundRule {
  pattern: RegExp;
  target: string;
}

/** The rules of dir/_redirects with status 404, in order, as Netlify reads them; none without the file. */
async function notFoundRules(dir: string): Promise<NotFoundRule[]> {
  const text = await readFile(path.join(dir, '_redirects'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([from, to, status]) => from && to && status === '404' && !from.startsWith('#'))
    .map(([from = '', to = '']) => ({
      pattern: new RegExp(`^${from.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`),
      target: to,
    }));
}

/**
 * Serves `dir` under `base` ('/' or '/fzbg/'); unknown paths get the page the build's _redirects names for them
 * (hant/404.html under hant/), else the site's 404.html, with status 404.
 */
export async function serveSite(dir = distDir, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const rules: HeaderRule[] = options.headersFile ? parseHeadersFile(await readFile(path.join(dir, '_headers'), 'utf8')) : [];
  const misses = await notFoundRules(dir);
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const extra = headersFor(rules, pathname);
    const file = pathname.startsWith(base) ? await fileFor(dir, pathname.slice(base.length - 1)) : undefined;
    if (file) {
      const type = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
      const body = await readFile(file);
      if (options.likeRealHost) {
        const real = await realHostResponse(request, file, body);
        response.writeHead(real.status, { ...extra, ...type, ...real.headers });
        response.end(real.body);
        return;
      }
      response.writeHead(200, { ...extra, ...type });
      response.end(body);
      return;
    }
    const notFound = misses.find((rule) => rule.pattern.test(pathname))?.target.slice(base.length) ?? '404.html';
    response.writeHead(404, { ...extra, 'content-type': TYPES['.html']! });
    response.end(await readFile(path.join(dir, notFound)).catch(() => 'not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    // A browser still open keeps its connections alive; without closing them, close() waits for their timeout.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
