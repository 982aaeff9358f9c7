/**
 * Which requests the desk answers. Listening on 127.0.0.1 is not enough: any web page open in the same browser
 * can send requests to a local server (the CORS and Origin fixes of Decap CMS's local server, decap-cms#7579, and
 * TinaCMS's dev server, tinacms#7111), and a name that resolves to 127.0.0.1 lets another site read from it
 * (DNS rebinding, Vite GHSA-vg6x-rcgg-rjx6). So the desk refuses a request whose Host is not its own loopback
 * name and port, and a request that changes anything unless it comes from the desk's own page: same origin, and
 * carrying the token the desk wrote into that page when it started.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The header the desk's page sends its token in; a form on another site cannot set headers. */
export const TOKEN_HEADER = 'x-desk-token';

export interface DeskAddress {
  port: number;
  token: string;
}

/** Why a request is refused, in Chinese and English, for the 403 body. */
export interface Refusal {
  chinese: string;
  english: string;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** The bodies the desk's page sends: JSON, and a dropped file as its bytes. */
const BODY_TYPES = new Set(['application/json', 'application/octet-stream']);

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** True when Host is the desk's own loopback name and port, as the browser sends it for http://127.0.0.1:PORT/. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host !== undefined && LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

/** Refuses a GET whose Host is not the desk's own: a rebound name reads nothing. */
export function refuseRead(headers: IncomingHttpHeaders, address: DeskAddress): Refusal | undefined {
  if (!isOwnHost(single(headers.host), address.port)) {
    return {
      chinese: '拒绝：请求的主机名不是发布台本身的地址。请在浏览器中打开发布台启动时显示的 http://127.0.0.1 地址。',
      english: 'Refused: the request is not addressed to the desk itself. Open the http://127.0.0.1 address the desk printed when it started.',
    };
  }
  return undefined;
}

/**
 * Refuses a request that would change anything unless it is the desk's own page asking: own Host, same origin
 * by Origin and by Sec-Fetch-Site where the browser sends them, and the token. A request with neither Origin nor
 * Sec-Fetch-Site still needs the token, which only the desk's page has.
 */
export function refuseChange(method: string, headers: IncomingHttpHeaders, address: DeskAddress): Refusal | undefined {
  const read = refuseRead(headers, address);
  if (read || SAFE_METHODS.has(method)) return read;
  const origin = single(headers.origin);
  const fetchSite = single(headers['sec-fetch-site']);
  const ownOrigin = origin === undefined || LOOPBACK_NAMES.some((name) => origin === `http://${name}:${address.port}`);
  if (!ownOrigin || (fetchSite !== undefined && fetchSite !== 'same-origin')) {
    return {
      chinese: '拒绝：这个请求来自其他网页，发布台只接受它自己页面上的操作。',
      english: 'Refused: the request comes from another web page; the desk accepts only what its own page sends.',
    };
  }
  // What an HTML form can send (text/plain, urlencoded, multipart) is never what the desk's page sends.
  const type = (single(headers['content-type']) ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!BODY_TYPES.has(type)) {
    return {
      chinese: '拒绝：请求的内容类型不是发布台页面发送的类型（网页表单不能操作发布台）。',
      english: 'Refused: the request\'s content type is not one the desk\'s page sends (a web form cannot drive the desk).',
    };
  }
  const token = single(headers[TOKEN_HEADER]);
  if (token === undefined || !sameText(token, address.token)) {
    return {
      chinese: '拒绝：请求没有带发布台页面的口令。请刷新发布台页面后重试；若发布台重新启动过，请打开它新显示的地址。',
      english: 'Refused: the request lacks the desk page\'s token. Reload the desk page and try again; if the desk was restarted, open the address it printed.',
    };
  }
  return undefined;
}
