/**
 * Regenerates explorer/landing/public/favicon.ico from favicon.svg beside it: the SVG rasterised
 * with resvg at 16, 32 and 48 px, packed as one ICO by png-to-ico. Run it by hand after editing
 * the SVG (`npx tsx explorer/landing/makeFavicon.ts`) and commit both files; the build copies them
 * as they are, so neither library is needed to build or serve the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

/** The sizes Windows and browsers pick from: tab (16), taskbar and high-density tab (32), desktop (48). */
export const ICO_SIZES = [16, 32, 48] as const;

/** Renders the SVG at each size and resolves the ICO's bytes; rejects if the SVG does not parse. */
export async function faviconIco(svg: string): Promise<Buffer> {
  const pngs = ICO_SIZES.map((size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()));
  return pngToIco(pngs);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const svg = fs.readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
  const ico = await faviconIco(svg);
  fs.writeFileSync(path.join(publicDir, 'favicon.ico'), ico);
  console.log(`wrote explorer/landing/public/favicon.ico (${ico.length} bytes, ${ICO_SIZES.join(', ')} px)`);
}
