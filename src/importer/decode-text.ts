/**
 * Plain-text reports arrive as whatever the sender's editor saved: UTF-8 with or without a BOM, or GBK
 * (Windows' "ANSI" for Chinese), usually with CRLF line ends. Valid UTF-8 is read as UTF-8; anything
 * else is read as GBK (GB18030, its superset), since that is the only other encoding staff meet.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  let encoding: TextEncoding;
  try {
    text = strictUtf8.decode(bytes);
    encoding = 'utf-8';
  } catch {
    text = iconv.decode(Buffer.from(bytes), 'gb18030');
    encoding = 'gb18030';
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), encoding };
}

/** True when bytes are text rather than a binary file: no NUL bytes and few control characters. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  return control <= sample.length / 100;
}
