/**
 * Japanese type for the explorer: Noto Sans JP (@fontsource/noto-sans-jp, SIL OFL 1.1), served
 * from the explorer's own bundle (no CDN), in the two weights the page sets text in (regular and
 * bold), split by unicode-range into WOFF2 chunks that cover Japanese only
 * (explorer/japaneseFontPlugin.ts trims the package).
 *
 * Import once, for its effect: `import './fonts.js';`. The @font-face rules then sit in the page's
 * stylesheet from the first paint, and the browser fetches a chunk only when text on screen has a
 * character in it: a page without Japanese fetches no font file, a page showing 経済産業省 a few.
 *
 * Noto Sans JP stands first in the stack (FONT_STACK, the same in explorer.css). It has to:
 * Chromium on Linux does not fall back past system-ui to a web font for a character the system
 * font lacks, and draws an empty box instead. Since its ranges hold no Latin, punctuation or
 * space, Latin text still falls through to the system UI font, with the same line metrics, and
 * fetches nothing.
 */
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import { isJapanese } from './i18n.js';

export const JAPANESE_FONT_FAMILY = 'Noto Sans JP';

/** The page's font stack, as explorer.css's :root sets it; give it to canvas text (Cytoscape labels) too. */
export const FONT_STACK = `'${JAPANESE_FONT_FAMILY}', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;

/** The weights bundled: text in other weights is drawn from the nearest (the browser may embolden). */
export const JAPANESE_FONT_WEIGHTS = [400, 700] as const;

/**
 * Loads the glyphs `text` needs in every bundled weight, for text drawn where the browser does not
 * wait for fonts: a canvas (Cytoscape's labels) draws with whatever is loaded at that moment.
 * Resolves true when Noto Sans JP supplied any, after which the canvas should be redrawn
 * (`cy.style().update()`); false for text with no Japanese, for which nothing is fetched.
 */
export async function loadJapaneseGlyphs(text: string): Promise<boolean> {
  if (!isJapanese(text) || typeof document === 'undefined') return false;
  const loaded = await Promise.all(
    JAPANESE_FONT_WEIGHTS.map((weight) => document.fonts.load(`${weight} 16px "${JAPANESE_FONT_FAMILY}"`, text).catch(() => [])),
  );
  return loaded.some((faces) => faces.length > 0);
}
