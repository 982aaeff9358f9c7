/**
 * SVG to PNG at build time, with resvg (WebAssembly) and Noto Sans CJK from the @embedpdf/fonts-sc package
 * (SIL Open Font License 1.1, which allows rendering with it): no network, no system font, the same pictures on
 * every machine. The font covers simplified and traditional characters alike.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** The family name inside the font files, for the SVG's font-family. */
export const RENDER_FONT_FAMILY = 'Noto Sans Hans';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const fontFolder = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');

let ready: Promise<Uint8Array[]> | undefined;

/** Loads the renderer and the two weights the pictures use, once per build. */
function prepare(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    await initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return Promise.all(['Regular', 'Bold'].map((weight) => readFile(path.join(fontFolder, `NotoSansHans-${weight}.otf`))));
  })();
  return ready;
}

/** The SVG as PNG bytes, drawn at its own size or scaled to `width` pixels wide. */
export async function renderPng(svg: string, width?: number): Promise<Uint8Array<ArrayBuffer>> {
  const fontBuffers = await prepare();
  const image = new Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: RENDER_FONT_FAMILY },
    ...(width === undefined ? {} : { fitTo: { mode: 'width', value: width } }),
  });
  return new Uint8Array(image.render().asPng());
}
