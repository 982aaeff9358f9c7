/** What a page costs a reader on the network: every response, sized as it would travel gzip-compressed. */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export interface Transfer {
  url: string;
  type: string;
  /** Bytes on the wire with gzip at level 9; Pagefind's files are gzip already and count as they are. */
  gzipBytes: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];

export function gzipSize(body: Buffer): number {
  return body[0] === GZIP_MAGIC[0] && body[1] === GZIP_MAGIC[1] ? body.length : gzipSync(body, { level: 9 }).length;
}

/** Records every response the page receives from now on; read `transfers` when the page has settled. */
export function recordTransfers(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          transfers.push({ url: response.url(), type: response.request().resourceType(), gzipBytes: gzipSize(body) });
        })
        .catch(() => undefined),
    );
  });
  Object.defineProperty(transfers, 'settled', { value: () => Promise.all(pending) });
  return transfers;
}

export async function settled(transfers: Transfer[]): Promise<Transfer[]> {
  await (transfers as Transfer[] & { settled: () => Promise<unknown> }).settled();
  return transfers;
}

export const totalBytes = (transfers: Transfer[]): number => transfers.reduce((sum, t) => sum + t.gzipBytes, 0);
