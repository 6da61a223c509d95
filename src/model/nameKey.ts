/**
 * Normalised name keys: the form in which a typed text and a stored name are compared for an exact
 * match. Search looks keys up directly (cypher/search-entities.cypher, index entity_names), so a
 * name, acronym, former or Japanese name typed in any case, with or without accents, in full-width or
 * half-width forms and with any punctuation, finds its owner first, whatever Lucene's scores say.
 * Pure functions; no imports.
 */

/** The properties that hold a node's own names (a Name node's is `value`). */
export const nameFields = ['title', 'shortTitle', 'name', 'acronym', 'nameJa', 'value'] as const;

// Latin combining accents only: stripping every mark (\p{M}) would turn ガ into カ, since NFKD splits
// the voiced sound mark off Japanese kana, and make different Japanese words one key.
const LATIN_ACCENTS = /[\u0300-\u036f]/g;
// Punctuation and symbols separate words, as in search text (src/graph/buildSearchQuery.ts).
const SEPARATORS = /[\s\p{P}\p{S}]+/gu;

/**
 * The key of one name: NFKC (full-width "ＮＲＣ" → "NRC", half-width "ｶﾀｶﾅ" → "カタカナ"), Latin
 * accents removed, lower case, every run of spaces, punctuation and symbols one space, trimmed.
 * "Département de l'Industrie" → "departement de l industrie". Empty for a text of symbols only.
 */
export function nameKey(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(LATIN_ACCENTS, '').normalize('NFC').toLowerCase().replace(SEPARATORS, ' ').trim();
}

// Han, kana and Hangul: words are not separated by spaces, so any character may start one.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

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
