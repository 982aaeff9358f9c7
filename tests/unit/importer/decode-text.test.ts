import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, looksLikeText } from '../../../src/importer/decode-text.ts';

const TEXT = '一、主要工作成效\n　　（一）在学法知法中提升法治思维。';

describe('decodeText', () => {
  it('reads GBK with CRLF line ends as the same text with LF', () => {
    const bytes = iconv.encode(TEXT.replaceAll('\n', '\r\n'), 'gbk');
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('reads UTF-8 and drops its byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${TEXT}`);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 without a BOM as UTF-8, even where its bytes would also be GBK', () => {
    expect(decodeText(new TextEncoder().encode('法治'))).toEqual({ text: '法治', encoding: 'utf-8' });
  });

  it('reads "Unicode" text, UTF-16 little- or big-endian with its byte-order mark, with CRLF line ends', () => {
    const crlf = `\uFEFF${TEXT.replaceAll('\n', '\r\n')}\r\n`;
    expect(decodeText(iconv.encode(crlf, 'utf-16le'))).toEqual({ text: `${TEXT}\n`, encoding: 'utf-16le' });
    expect(decodeText(iconv.encode(crlf, 'utf-16be'))).toEqual({ text: `${TEXT}\n`, encoding: 'utf-16be' });
  });
});

describe('looksLikeText', () => {
  it('accepts text in any encoding, once decoded, and refuses binary data', () => {
    for (const bytes of [iconv.encode(TEXT, 'gbk'), new TextEncoder().encode(TEXT), iconv.encode(`\uFEFF${TEXT}`, 'utf-16le')]) {
      expect(looksLikeText(decodeText(bytes).text)).toBe(true);
    }
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(looksLikeText(decodeText(png).text)).toBe(false);
  });
});
