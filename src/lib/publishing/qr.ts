/**
 * QR codes of page URLs, drawn at build time as inline SVG. Error correction M and the smallest
 * version that fits, so that a code printed 2 cm wide still scans.
 */
import qrcode from 'qrcode-generator';
import { escapeMarkup } from './escape-markup.ts';

/** Light modules around the code, as the QR standard requires. */
export const QUIET_ZONE = 4;

export interface QrCode {
  /** 1–40: the code is 17 + 4 × version modules wide. */
  version: number;
  /** The modules row by row, true where dark. */
  modules: boolean[][];
}

export function encodeQr(text: string): QrCode {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  const modules = Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
  return { version: (size - 17) / 4, modules };
}

/** The dark modules as one path: each run of dark modules in a row is one rectangle. */
export function modulesPath(modules: boolean[][]): string {
  let path = '';
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`;
    }
  });
  return path;
}

/**
 * An SVG of the QR code of `text`, scalable, with its quiet zone, labelled with `label` for a reader
 * who cannot see it. Dark modules are drawn in the current text colour on no background: the page
 * that shows it sets both to dark on white.
 */
export function qrSvg(text: string, label: string): string {
  const { modules } = encodeQr(text);
  const side = modules.length + 2 * QUIET_ZONE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escapeMarkup(label)}" shape-rendering="crispEdges">` +
    `<path fill="currentColor" d="${modulesPath(modules)}"/></svg>`
  );
}
