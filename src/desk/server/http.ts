/** Reading requests and writing answers: bodies up to a stated size, JSON both ways, a refusal as a 403. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Refusal } from './guard.ts';

/**
 * The largest file the desk accepts: a year's report as .docx is well under 5 MB even with pictures; the
 * importer reads only its text, and refuses an archive that unpacks to more than it would read (read-docx.ts).
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The largest JSON body: a form's fields. */
export const MAX_JSON_BYTES = 64 * 1024;

/** A request the desk answers with a message for staff, in Chinese and English. */
export class DeskRequestError extends Error {
  readonly status: number;
  readonly chinese: string;
  readonly english: string;

  constructor(status: number, chinese: string, english: string) {
    super(`${chinese}\n${english}`);
    this.status = status;
    this.chinese = chinese;
    this.english = english;
  }
}

const tooLarge = (limit: number): DeskRequestError =>
  new DeskRequestError(
    413,
    `文件太大：发布台最多接受 ${limit / 1024 / 1024} MB。报告的 Word 文档通常不到 5 MB；请删去文档中的大图片后重新保存，或另存为纯文本 .txt。`,
    `The file is too large: the desk accepts at most ${limit / 1024 / 1024} MB. A report as .docx is usually under 5 MB; remove large pictures and save again, or save it as plain text .txt.`,
  );

/** The body's bytes; stops reading, and refuses, as soon as it passes the limit. */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(tooLarge(limit));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(request, MAX_JSON_BYTES);
  try {
    const value: unknown = JSON.parse(body.toString('utf8') || '{}');
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Answered below, as any body that is not an object.
  }
  throw new DeskRequestError(400, '请求内容不是发布台页面发送的格式。', 'The request body is not what the desk page sends.');
}

/** Headers of every answer: nothing of the desk may be framed by another site, or cached. */
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value));
}

export function sendRefusal(response: ServerResponse, refusal: Refusal): void {
  sendJson(response, 403, { error: refusal });
}

export function sendFile(response: ServerResponse, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  response.writeHead(200, { ...COMMON_HEADERS, ...headers, 'content-type': type });
  response.end(body);
}

export { COMMON_HEADERS };
