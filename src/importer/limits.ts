/**
 * The largest documents the importer accepts, so that a hostile file (a .docx whose few megabytes unpack to
 * gigabytes) is refused within a second, in well under 512 MB of memory, before anything is written. A real
 * report is far below both: a 40-page .docx is about 100 KB, with photographs a few megabytes; its text, the
 * XML of word/document.xml, about 1 MB.
 */
const MB = 1024 * 1024;

/** The largest file read at all, .docx or text: photographs make a .docx large, and they are not read. */
export const MAX_FILE_BYTES = 100 * MB;

/** The most text read out of one file: the XML parts of a .docx unpacked, all together, or a text file. */
export const MAX_TEXT_BYTES = 32 * MB;

const megabytes = (bytes: number): string => `${Math.round(bytes / MB)} MB`;

/** The limits as messages state them. */
export const LIMITS = { file: megabytes(MAX_FILE_BYTES), text: megabytes(MAX_TEXT_BYTES) };
