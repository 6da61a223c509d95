/**
 * The Japanese font as bundled: Noto Sans JP's stylesheets trimmed to the Japanese unicode-range
 * chunks in WOFF2 (explorer/japaneseFontPlugin.ts), covering the Japanese names the graph holds,
 * and the font stack in fonts.ts the same as explorer.css's. The browser side (glyphs drawn, chunks
 * fetched only with Japanese on screen) is test/browser/japanese.test.ts.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JAPANESE_BLOCKS, japaneseOnly, parseUnicodeRange, trimFontFaces } from '../../../explorer/japaneseFontPlugin.js';
import { FONT_STACK, JAPANESE_FONT_FAMILY, JAPANESE_FONT_WEIGHTS } from '../../../explorer/src/fonts.js';
import { projectRoot } from '../../../src/config.js';

const require = createRequire(import.meta.url);
const weightCss = (weight: number): string => fs.readFileSync(require.resolve(`@fontsource/noto-sans-jp/${weight}.css`), 'utf8');

interface Face {
  weight: number;
  url: string;
  ranges: [number, number][];
}

function faces(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => ({
    weight: Number(/font-weight:\s*(\d+)/.exec(body!)?.[1]),
    url: /url\(([^)]*)\)/.exec(body!)?.[1] ?? '',
    ranges: parseUnicodeRange(/unicode-range:\s*([^;]*);?/.exec(body!)?.[1] ?? ''),
  }));
}

/** The Japanese characters of the seeds (names, quotes, source titles). */
function seedJapanese(): string {
  const chars = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ya?ml|md)$/.test(entry.name)) {
        for (const char of fs.readFileSync(file, 'utf8').match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? [])
          chars.add(char);
      }
    }
  };
  walk(path.join(projectRoot, 'seeds'));
  return [...chars].join('');
}

describe('the bundled Japanese font', () => {
  it.each(JAPANESE_FONT_WEIGHTS)('keeps weight %i as unicode-ranged WOFF2 chunks covering Japanese only', (weight) => {
    const original = faces(weightCss(weight));
    const trimmed = faces(trimFontFaces(weightCss(weight)));
    // The package's 120 numbered chunks, less those holding no Japanese (symbols, arrows, box drawing);
    // its Latin, Latin Extended, Cyrillic and Vietnamese faces are gone.
    expect(original).toHaveLength(124);
    expect(trimmed.length).toBeGreaterThan(100);
    expect(trimmed.length).toBeLessThanOrEqual(120);
    const inBlocks = (code: number): boolean => JAPANESE_BLOCKS.some(([first, last]) => code >= first && code <= last);
    for (const face of trimmed) {
      expect(face.weight).toBe(weight);
      expect(face.url).toMatch(/^\.\/files\/noto-sans-jp-\d+-\d00-normal\.woff2$/);
      expect(face.ranges.length).toBeGreaterThan(0);
      for (const [from, to] of face.ranges) expect(inBlocks(from) && inBlocks(to)).toBe(true);
    }
    // Nothing an English page shows: no space (so the font is never the stack's first available
    // font, which sets line metrics), letters, digits, “quotes”, dashes or ellipses.
    for (const char of ' Aaz09.,“”‘’–—…→①') {
      const code = char.codePointAt(0)!;
      expect(
        trimmed.filter((face) => face.ranges.some(([from, to]) => code >= from && code <= to)),
        char,
      ).toEqual([]);
    }
  });

  it('cuts unicode ranges to the Japanese blocks', () => {
    expect(parseUnicodeRange('U+20, U+4e00-9fff,U+30??')).toEqual([
      [0x20, 0x20],
      [0x4e00, 0x9fff],
      [0x3000, 0x30ff],
    ]);
    expect(japaneseOnly(parseUnicodeRange('U+0-ff,U+2000-206f'))).toEqual([]);
    expect(japaneseOnly(parseUnicodeRange('U+2e00-3100,U+ff01'))).toEqual([
      [0x2e80, 0x2fdf],
      [0x2ff0, 0x2fff],
      [0x3000, 0x303f],
      [0x3040, 0x30ff],
      [0xff01, 0xff01],
    ]);
  });

  it('covers every Japanese character of the seeds, each in exactly one chunk', () => {
    const trimmed = faces(trimFontFaces(weightCss(400)));
    const text = seedJapanese();
    expect(text).toContain('経');
    for (const char of text) {
      const code = char.codePointAt(0)!;
      const holding = trimmed.filter((face) => face.ranges.some(([from, to]) => code >= from && code <= to));
      expect(holding, `U+${code.toString(16)} ${char}`).toHaveLength(1);
    }
  });

  it('fails the build on a stylesheet it does not recognise rather than ship the whole font', () => {
    expect(() => trimFontFaces("@font-face { font-family: 'Noto Sans JP'; src: url(./files/all.woff2) format('woff2'); }")).toThrow(
      /not as expected/,
    );
    expect(() => trimFontFaces('')).toThrow(/not as expected/);
  });

  it('sets the page in the stack fonts.ts exports, Noto Sans JP first, then the system fonts', () => {
    const css = fs.readFileSync(path.join(projectRoot, 'explorer/src/explorer.css'), 'utf8');
    const root = /:root\s*\{[^}]*?font-family:\s*([^;]*);/.exec(css)?.[1];
    const normalise = (stack: string): string[] => stack.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''));
    expect(normalise(root ?? '')).toEqual(normalise(FONT_STACK));
    const families = normalise(FONT_STACK);
    expect(families.slice(0, 2)).toEqual([JAPANESE_FONT_FAMILY, 'system-ui']);
    expect(families[families.length - 1]).toBe('sans-serif');
  });
});
