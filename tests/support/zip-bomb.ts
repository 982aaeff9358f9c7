/**
 * A hostile .docx: a few megabytes whose word/document.xml unpacks to gigabytes of XML. The deflate stream is one
 * compressed block of zeros, flushed but not final, repeated, then closed by an empty final block; the archive
 * around it claims whatever size it is told, as a bomb's header lies.
 */
import { constants, deflateRawSync } from 'node:zlib';

const PIECE_BYTES = 16 * 1024 * 1024;

function localHeaderAndDirectory(name: string, data: Uint8Array, claimedSize: number): Uint8Array {
  const fileName = new TextEncoder().encode(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(claimedSize, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(claimedSize, 24);
  central.writeUInt16LE(fileName.length, 28);
  const directoryOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

/** A .docx whose document.xml unpacks to `gigabytes` GB (of zero bytes, after an XML declaration's worth). */
export function zipBombDocx(gigabytes: number): Uint8Array {
  const piece = deflateRawSync(Buffer.alloc(PIECE_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
  const pieces = Math.round((gigabytes * 1024 * 1024 * 1024) / PIECE_BYTES);
  const stream = Buffer.concat([...Array.from({ length: pieces }, () => piece), Buffer.from([0x03, 0x00])]);
  return localHeaderAndDirectory('word/document.xml', stream, Math.min(pieces * PIECE_BYTES, 0xffffffff));
}
