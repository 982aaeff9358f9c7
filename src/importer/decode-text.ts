/**
 * Plain-text reports arrive as whatever the sender's editor saved: UTF-8 with or without a BOM, GBK (Windows'
 * "ANSI" for Chinese), or what Notepad and WPS call "Unicode", UTF-16 with its byte-order mark (little-endian,
 * or big-endian for "Unicode big endian"), usually with CRLF line ends. A byte-order mark says the encoding;
 * without one, valid UTF-8 is read as UTF-8 and anything else as GBK (GB18030, its superset), the only other
 * encoding staff meet.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** The encodings a byte-order mark names, by the mark's bytes. */
const BYTE_ORDER_MARKS: Array<{ mark: number[]; encoding: TextEncoding }> = [
  { mark: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { mark: [0xff, 0xfe], encoding: 'utf-16le' },
  { mark: [0xfe, 0xff], encoding: 'utf-16be' },
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): DecodedText {
  const marked = BYTE_ORDER_MARKS.find(({ mark }) => mark.every((byte, i) => bytes[i] === byte));
  if (marked) return { text: new TextDecoder(marked.encoding).decode(bytes), encoding: marked.encoding };
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

/** The file's text with LF line ends, and what it was read as. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { text, encoding } = decode(bytes);
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), encoding };
}

/** True when decoded text is text rather than a binary file read as text: no NUL characters and few controls. */
export function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (const character of sample) {
    if (character === '\0') return false;
    if (character < ' ' && !'\t\n\f'.includes(character)) control += 1;
  }
  return control <= sample.length / 100;
}
