import { describe, expect, it } from 'vitest';
import { encodeQr, QUIET_ZONE, qrSvg } from '../../../src/lib/publishing/qr.ts';
import { errorCorrectionLevel, modulesFromSvg, scan } from '../../support/qr.ts';

/** The SVG's modules painted as pixels, scale × scale per module, with the quiet zone. */
function paint(modules: boolean[][], scale = 4): { pixels: Uint8ClampedArray; side: number } {
  const side = (modules.length + 2 * QUIET_ZONE) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / scale) - QUIET_ZONE;
      const col = Math.floor(x / scale) - QUIET_ZONE;
      if (modules[row]?.[col]) pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return { pixels, side };
}

describe('QR codes', () => {
  const url = 'https://fzbg.example.gov.cn/2024/1/poster/';

  it('draw one path of modules, crisp, with a four-module quiet zone and a label', () => {
    const svg = qrSvg(url, '扫一扫在手机上查看当前页面');
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain('role="img" aria-label="扫一扫在手机上查看当前页面"');
    const { modules } = encodeQr(url);
    expect(svg).toContain(`viewBox="0 0 ${modules.length + 8} ${modules.length + 8}"`);
    expect(modulesFromSvg(svg).modules).toEqual(modules);
  });

  it('escape the label', () => {
    expect(qrSvg(url, 'a"b<c&')).toContain('aria-label="a&quot;b&lt;c&amp;"');
  });

  it('use error correction M and the smallest version that holds the URL', () => {
    // Byte-mode capacity at level M: version 2 holds 26 bytes, 3 holds 42, 4 holds 62.
    expect(encodeQr('http://localhost:4321/').version).toBe(2);
    expect(encodeQr(url).version).toBe(3);
    expect(encodeQr(`${url}x`).version).toBe(4);
    expect(errorCorrectionLevel(encodeQr(url).modules)).toBe('M');
  });

  it('read back as the URL with an independent decoder', () => {
    const { pixels, side } = paint(modulesFromSvg(qrSvg(url, '')).modules);
    expect(scan(pixels, side, side)).toBe(url);
  });
});
