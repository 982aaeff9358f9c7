/**
 * The site's icon in the sizes browsers and phones ask for, all drawn from the one picture in public/icon.svg:
 * a 180 × 180 apple-touch-icon and a favicon.ico, made at build time.
 */

export const TOUCH_ICON_SIZE = 180;
export const FAVICON_SIZE = 32;

/**
 * An .ico file holding one PNG image, which every browser since Internet Explorer 9 reads: the 6-byte header,
 * one 16-byte directory entry, then the PNG.
 */
export function icoWithPng(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const header = new DataView(new ArrayBuffer(22));
  header.setUint16(0, 0, true); // reserved
  header.setUint16(2, 1, true); // type: icon
  header.setUint16(4, 1, true); // one image
  header.setUint8(6, size % 256); // width, 0 meaning 256
  header.setUint8(7, size % 256); // height
  header.setUint8(8, 0); // no palette
  header.setUint8(9, 0); // reserved
  header.setUint16(10, 1, true); // colour planes
  header.setUint16(12, 32, true); // bits per pixel
  header.setUint32(14, png.length, true); // size of the image data
  header.setUint32(18, 22, true); // where it starts
  const ico = new Uint8Array(22 + png.length);
  ico.set(new Uint8Array(header.buffer), 0);
  ico.set(png, 22);
  return ico;
}
