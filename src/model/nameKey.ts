/**
 * Normalised name keys: the form in which a typed text and a stored name are compared for an exact
 * match. Search looks keys up directly (cypher/search-entities.cypher, index entity_names), so a
 * name, acronym, former or Japanese name typed in any case, with or without accents, in full-width or
 * half-width forms and with any punctuation, finds its owner first, whatever Lucene's scores say.
 * Pure functions; no imports.
 */

/** The properties that hold a node's own names (a Name node's is `value`). */
export const nameFields = ['title', 'shortTitle', 'name', 'acronym', 'nameJa', 'value'] as const;

// Format characters (zero-width space and joiner, soft hyphen, byte-order mark) are invisible and
// Lucene's tokenizer ignores them; text pasted from PDFs and web pages carries them inside words.
const FORMAT = /\p{Cf}/gu;
const CONTROL = /\p{Cc}/gu;

/**
 * A typed or stored text as search compares it: NFKC (full-width "ＮＲＣ" → "NRC", half-width
 * "ｶﾀｶﾅ" → "カタカナ"), invisible format characters removed, control characters made spaces.
 */
export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(FORMAT, '').replace(CONTROL, ' ');
}

// Latin combining accents only: stripping every mark (\p{M}) would turn ガ into カ, since NFKD splits
// the voiced sound mark off Japanese kana, and make different Japanese words one key.
const LATIN_ACCENTS = /[\u0300-\u036f]/g;
// Punctuation and symbols separate words, as in search text (src/graph/buildSearchQuery.ts).
const SEPARATORS = /[\s\p{P}\p{S}]+/gu;
/** Han, kana and Hangul: scripts written without spaces between words (Japanese, Chinese, Korean). */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a text has Japanese (or Chinese, Korean) characters, in any width. */
export const hasCjk = (text: string): boolean => CJK_CHAR.test(text.normalize('NFKC'));
// The same characters and the prolonged sound mark ー (script Common), as a class to build patterns from.
const CJK_RUN = `[${CJK_CHAR.source.slice(1, -1)}ー]`;
// A separator between two Japanese characters is not a word break people type ("新エネルギー・産業…"
// is also written without the dot), and a Latin word next to Japanese text is a word of its own.
const SPACE_IN_CJK = new RegExp(`(?<=${CJK_RUN}) (?=${CJK_RUN})`, 'gu');
const LATIN_THEN_CJK = new RegExp(`(?<=\\p{L})(?<!${CJK_RUN})(?=${CJK_RUN})|(?<=${CJK_RUN})(?=\\p{L})(?!${CJK_RUN})`, 'gu');

/** A space between a Latin word and Japanese text written together ("JAXA宇宙" → "JAXA 宇宙"): two words. */
export function spaceBetweenScripts(text: string): string {
  return text.replace(LATIN_THEN_CJK, ' ');
}

/**
 * The key of one name: cleanText (NFKC, invisible characters gone), Latin accents removed, lower
 * case, every run of spaces, punctuation and symbols one space, none between two Japanese characters,
 * one between a Latin word and Japanese text, trimmed. "Département de l'Industrie" → "departement
 * de l industrie"; "新エネルギー・産業技術総合開発機構" → "新エネルギー産業技術総合開発機構"; "JAXA宇宙" →
 * "jaxa 宇宙". Empty for a text of symbols only.
 */
export function nameKey(text: string): string {
  return cleanText(text)
    .normalize('NFD')
    .replace(LATIN_ACCENTS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .replace(LATIN_THEN_CJK, ' ')
    .replace(/ +/g, ' ')
    .trim()
    .replace(SPACE_IN_CJK, '');
}

/**
 * The tails of a key that start a word: the key itself, the rest after each space, and the rest from
 * each Japanese (CJK) character. "department of industry" → ["department of industry", "of industry",
 * "industry"]; "経済産業省" → ["経済産業省", "済産業省", "産業省", "業省", "省"]. A prefix query on these
 * finds a name by the start of any of its words without a leading wildcard (which scans every term).
 */
export function wordTails(key: string): string[] {
  const chars = [...key];
  const tails: string[] = [];
  chars.forEach((c, i) => {
    if (c !== ' ' && (i === 0 || chars[i - 1] === ' ' || CJK_CHAR.test(c))) tails.push(chars.slice(i).join(''));
  });
  return tails;
}

/** The distinct, non-empty keys of a node's own names (nameFields), in field order. */
export function nameKeysOf(props: Readonly<Record<string, unknown>>): string[] {
  const keys = nameFields.map((f) => props[f]).flatMap((v) => (typeof v === 'string' ? [nameKey(v)] : []));
  return [...new Set(keys.filter((k) => k !== ''))];
}
