/** Reads QR codes back the way a scanner would, without the encoder: from an SVG's path, and from pixels. */
import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';

/** The module grid of an SVG drawn as rectangles `M x yhWv1h-Wz`, quiet zone removed, and the version. */
export function modulesFromSvg(svg: string): { version: number; modules: boolean[][] } {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const quiet = 4;
  const size = side - 2 * quiet;
  const modules = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const [, x, y, width] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(width); i += 1) modules[Number(y) - quiet]![Number(x) - quiet + i] = true;
  }
  return { version: (size - 17) / 4, modules };
}

/**
 * The error correction level written in a code's format information (ISO/IEC 18004 §7.9): the 15 bits
 * beside the top-left finder pattern, unmasked with 101010000010010.
 */
export function errorCorrectionLevel(modules: boolean[][]): 'L' | 'M' | 'Q' | 'H' {
  // Bit 14 first: row 8 from column 0 to 8 (skipping the timing column 6), then column 8 from row 7 up to 0 (skipping row 6).
  const cells: [number, number][] = [
    [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8],
    [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
  ];
  const bits = cells.reduce((value, [row, col]) => (value << 1) | (modules[row]![col] ? 1 : 0), 0) ^ 0b101010000010010;
  return (['M', 'L', 'H', 'Q'] as const)[bits >> 13]!;
}

/** What a phone would read from an RGBA picture of a code, or undefined when nothing can be read. */
export function scan(pixels: Uint8ClampedArray, width: number, height: number): string | undefined {
  return jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })?.data;
}

/** A screenshot of an element, decoded to RGBA pixels by Chromium's own PNG decoder, then read by jsQR. */
export async function scanElement(page: Page, element: Locator): Promise<string | undefined> {
  const png = (await element.screenshot()).toString('base64');
  const { width, height, data } = await page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, data: [...context.getImageData(0, 0, bitmap.width, bitmap.height).data] };
  }, png);
  return scan(Uint8ClampedArray.from(data), width, height);
}
