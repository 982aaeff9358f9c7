/** Any file staff may be given, .docx or plain text in whatever encoding, → the document's blocks. */
import path from 'node:path';
import { decodeText, looksLikeText, type TextEncoding } from './decode-text.ts';
import { LIMITS, MAX_FILE_BYTES, MAX_TEXT_BYTES } from './limits.ts';
import * as messages from './messages.ts';
import { readDocx } from './read-docx.ts';
import { blocksFromText, ImportError, type SourceBlock } from './source.ts';
import type { OriginalFile } from './write-year.ts';

export interface SourceDocument {
  blocks: SourceBlock[];
  /** What the file was read as, for the summary: Word .docx, UTF-8 text, GBK text. */
  format: string;
  /** The file as it came, to be kept beside the content files under the name of what it was read as. */
  original: OriginalFile;
}

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

export function readSource(bytes: Uint8Array, filePath: string): SourceDocument {
  const name = path.basename(filePath);
  const extension = path.extname(filePath).toLowerCase();
  if (bytes.length > MAX_FILE_BYTES) throw new ImportError(messages.fileTooLarge(name, LIMITS));
  if (extension === '.docx' || extension === '.doc' || extension === '.wps') {
    return { blocks: readDocx(bytes, name), format: 'Word .docx', original: { name: 'original.docx', content: bytes } };
  }
  if (bytes.length === 0) {
    throw new ImportError(messages.emptyText(name));
  }
  if (bytes.length > MAX_TEXT_BYTES) throw new ImportError(messages.fileTooLarge(name, LIMITS));
  const { text, encoding } = decodeText(bytes);
  if (!looksLikeText(text)) throw new ImportError(messages.notPlainText(name));
  return {
    blocks: blocksFromText(text),
    format: `${ENCODING_NAMES[encoding]} 文本 text`,
    original: { name: 'original.txt', content: bytes },
  };
}
