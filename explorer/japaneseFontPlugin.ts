/**
 * Vite plugin trimming @fontsource/noto-sans-jp to what the explorer uses, so the bundle holds
 * only Japanese glyph chunks in WOFF2 and the font never draws anything but Japanese:
 * - each face's unicode-range is cut down to the Japanese blocks (JAPANESE_BLOCKS: kanji, kana,
 *   CJK punctuation and symbols, full-width forms); the package also maps ASCII, Latin-1, general
 *   punctuation, arrows and box drawing into its chunks, which would make an English page fetch
 *   Noto Sans JP for a “quote” and set it in Japanese-style glyphs. Faces left with no range go;
 * - the Latin, Latin Extended, Cyrillic and Vietnamese faces go;
 * - the WOFF fallbacks go: every browser that runs the bundle's ES modules reads WOFF2.
 * So Noto Sans JP can stand first in the font stack (fonts.ts explains why it must): text with no
 * Japanese falls through to the system UI font, fetches nothing and keeps its line metrics (the
 * font's ranges exclude U+0020, so it is not the stack's "first available font"). The browser
 * fetches a chunk only when text on screen has a character in it. The font's licence (SIL OFL
 * 1.1) ships beside it.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** The per-weight stylesheets (400.css, 700.css …) of the package. */
const WEIGHT_CSS = /[\\/]@fontsource[\\/]noto-sans-jp[\\/]\d00\.css$/;
const FACE = /(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}\s*/g;
const NON_JAPANESE_FACE = /noto-sans-jp-(?:latin|latin-ext|cyrillic|vietnamese)-\d+-normal/;
const WOFF_SOURCE = /,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g;
const UNICODE_RANGE = /unicode-range\s*:\s*([^;}]*)/;

/** The Unicode blocks Japanese is written in, as [first, last] code points. */
export const JAPANESE_BLOCKS: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2fdf], // CJK Radicals Supplement, Kangxi Radicals
  [0x2ff0, 0x2fff], // Ideographic Description Characters
  [0x3000, 0x303f], // CJK Symbols and Punctuation: 、。「」〜 and the ideographic space
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3190, 0x319f], // Kanbun
  [0x31c0, 0x31ff], // CJK Strokes, Katakana Phonetic Extensions
  [0x3200, 0x33ff], // Enclosed CJK Letters and Months, CJK Compatibility: ㈱ ㍻
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xfe10, 0xfe1f], // Vertical Forms
  [0xfe30, 0xfe4f], // CJK Compatibility Forms
  [0xff00, 0xffef], // Halfwidth and Fullwidth Forms: ！（）ＡＢＣ ｶﾀｶﾅ
  [0x1aff0, 0x1b16f], // Kana Extended-B, Kana Supplement, Kana Extended-A, Small Kana Extension
  [0x1f200, 0x1f2ff], // Enclosed Ideographic Supplement
  [0x20000, 0x3ffff], // CJK Unified Ideographs Extensions B–H, CJK Compatibility Ideographs Supplement
];

/** Where the licence is emitted in the bundle (explorer/dist/explore/…, served at /explore/…). */
export const FONT_LICENCE_FILE = 'assets/noto-sans-jp-OFL.txt';

type Range = [number, number];

/** "U+4e00-9fff,U+3000" → [[0x4e00, 0x9fff], [0x3000, 0x3000]]; wildcards (U+4??) are expanded. */
export function parseUnicodeRange(value: string): Range[] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter((part) => part !== '')
    .map((part): Range => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [from, to] = part.split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
}

function formatUnicodeRange(ranges: Range[]): string {
  return ranges.map(([from, to]) => (from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`)).join(',');
}

/** The part of `ranges` inside the Japanese blocks. */
export function japaneseOnly(ranges: Range[]): Range[] {
  const kept: Range[] = [];
  for (const [from, to] of ranges) {
    for (const [first, last] of JAPANESE_BLOCKS) {
      const start = Math.max(from, first);
      const end = Math.min(to, last);
      if (start <= end) kept.push([start, end]);
    }
  }
  return kept.sort((a, b) => a[0] - b[0]);
}

/**
 * One weight's stylesheet trimmed as the module comment says. Throws when the result is not what
 * the explorer relies on (every face unicode-ranged to Japanese only, one WOFF2 source each), so a
 * change in the package's layout fails the build instead of shipping the whole font to every page.
 */
export function trimFontFaces(css: string): string {
  let faces = 0;
  const trimmed = css.replace(FACE, (face) => {
    if (NON_JAPANESE_FACE.test(face)) return '';
    const range = UNICODE_RANGE.exec(face);
    if (!range) return face; // left for the check below to reject
    const kept = japaneseOnly(parseUnicodeRange(range[1]!));
    if (kept.length === 0) return '';
    faces++;
    return face.replace(WOFF_SOURCE, '').replace(UNICODE_RANGE, `unicode-range: ${formatUnicodeRange(kept)}`);
  });
  const blocks = trimmed.match(/@font-face/g)?.length ?? 0;
  const sources = trimmed.match(/url\(/g)?.length ?? 0;
  const woff2 = trimmed.match(/url\([^)]*\.woff2\)\s*format\(['"]woff2['"]\)/g)?.length ?? 0;
  if (faces === 0 || blocks !== faces || sources !== faces || woff2 !== faces) {
    throw new Error(
      `japaneseFontPlugin: @fontsource/noto-sans-jp's stylesheet is not as expected ` +
        `(${blocks} faces, ${faces} unicode-ranged, ${sources} sources, ${woff2} WOFF2): check the package version.`,
    );
  }
  return trimmed;
}

export function japaneseFontPlugin(): Plugin {
  return {
    name: 'kizuna-japanese-font',
    // Before vite:css resolves the url()s, so the dropped files are never emitted.
    enforce: 'pre',
    transform(code, id) {
      if (!WEIGHT_CSS.test(id.split('?')[0]!)) return null;
      return { code: trimFontFaces(code), map: null };
    },
    generateBundle() {
      const licence = createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/LICENSE');
      this.emitFile({ type: 'asset', fileName: FONT_LICENCE_FILE, source: fs.readFileSync(licence, 'utf8') });
    },
  };
}
