/** Any file staff may be given, .docx or plain text in whatever encoding, → the document's blocks. */
import path from 'node:path';
import { decodeText, looksLikeText } from './decode-text.ts';
import { readDocx } from './read-docx.ts';
import { blocksFromText, ImportError, type SourceBlock } from './source.ts';

export interface SourceDocument {
  blocks: SourceBlock[];
  /** What the file was read as, for the summary: Word .docx, UTF-8 text, GBK text. */
  format: string;
}

export function readSource(bytes: Uint8Array, filePath: string): SourceDocument {
  const name = path.basename(filePath);
  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.docx' || extension === '.doc' || extension === '.wps') {
    return { blocks: readDocx(bytes, name), format: 'Word .docx' };
  }
  if (bytes.length === 0) {
    throw new ImportError(`${name} 是空文件。请确认选对了文件。`, `${name} is empty. Check that it is the right file.`);
  }
  if (!looksLikeText(bytes)) {
    throw new ImportError(
      `${name} 不是纯文本文件。Word 文档请保存为 .docx 后导入，或在 Word/WPS 中“另存为”纯文本 .txt。`,
      `${name} is not a plain-text file. Save a Word document as .docx and import that, or save it as plain text .txt from Word or WPS.`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  return { blocks: blocksFromText(text), format: encoding === 'utf-8' ? 'UTF-8 文本 text' : 'GBK 文本 text' };
}
