/**
 * Reads a Word or WPS .docx file into paragraphs and tables. Only what the importer needs is kept: the
 * text, the tables' cells, and which opening words of a paragraph were set apart by font, because 公文
 * marks headings by font (黑体, 楷体, bold) rather than by Word's heading styles, and the footnotes and
 * endnotes. The body and the notes are read by docx-body.ts, the automatic numbering by docx-numbering.ts.
 */
import { Unzip, UnzipInflate } from 'fflate';
import { blocksFromDocumentXml, readNotes } from './docx-body.ts';
import { readNumbering } from './docx-numbering.ts';
import { LIMITS, MAX_TEXT_BYTES } from './limits.ts';
import * as messages from './messages.ts';
import { ImportError, type SourceBlock } from './source.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Old binary .doc files and password-protected .docx files are both OLE compound files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => bytes[i] === byte);

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/footnotes.xml', 'word/endnotes.xml'] as const;

/** The archive is fed to the unpacker in pieces this big, so that no piece unpacks to more than about 16 MB. */
const CHUNK_BYTES = 16 * 1024;

/** Unpacking stopped: the parts read would hold more text than MAX_TEXT_BYTES. */
class TextTooLarge extends Error {}

/**
 * The XML parts of a .docx that the importer reads, unpacked as a stream with a running count of their bytes,
 * so that an archive that unpacks to gigabytes is stopped as soon as it passes MAX_TEXT_BYTES. Throws
 * TextTooLarge then, and an Error if the bytes are not a .docx.
 */
function unzipParts(bytes: Uint8Array): Partial<Record<(typeof PARTS)[number], string>> {
  if (!startsWith(bytes, ZIP_MAGIC)) throw new Error('not a zip archive');
  const pieces = new Map<string, Uint8Array[]>();
  let unpacked = 0;
  let failure: Error | undefined;
  const unzipper = new Unzip((file) => {
    if (!(PARTS as readonly string[]).includes(file.name) || pieces.has(file.name)) return;
    const parts: Uint8Array[] = [];
    pieces.set(file.name, parts);
    file.ondata = (error, data) => {
      if (failure) return;
      if (error) failure = error;
      else if ((unpacked += data.length) > MAX_TEXT_BYTES) {
        failure = new TextTooLarge();
        file.terminate();
      } else parts.push(data);
    };
    file.start();
  });
  unzipper.register(UnzipInflate);
  for (let at = 0; at < bytes.length && !failure; at += CHUNK_BYTES) {
    unzipper.push(bytes.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= bytes.length);
  }
  if (failure) throw failure;
  if (!pieces.has('word/document.xml')) throw new Error('no word/document.xml');
  const decoder = new TextDecoder();
  return Object.fromEntries(
    [...pieces].map(([name, parts]) => [name, parts.map((part) => decoder.decode(part, { stream: true })).join('') + decoder.decode()]),
  );
}

/** The bytes of a .docx file → its body as blocks. Throws ImportError for anything that is not a readable .docx. */
export function readDocx(bytes: Uint8Array, fileName: string): SourceBlock[] {
  if (bytes.length === 0) throw new ImportError(messages.emptyDocx(fileName));
  if (startsWith(bytes, OLE_MAGIC)) throw new ImportError(messages.oldOrProtectedDoc(fileName));
  let parts: ReturnType<typeof unzipParts>;
  try {
    parts = unzipParts(bytes);
  } catch (error) {
    if (error instanceof TextTooLarge) throw new ImportError(messages.textTooLarge(fileName, LIMITS));
    throw new ImportError(messages.notADocx(fileName));
  }
  const numbering = parts['word/numbering.xml'];
  const notes = readNotes(parts['word/endnotes.xml'] ?? '', 'endnote', readNotes(parts['word/footnotes.xml'] ?? '', 'footnote'));
  return blocksFromDocumentXml(
    parts['word/document.xml'] ?? '',
    numbering === undefined ? undefined : readNumbering(numbering),
    notes,
  );
}
