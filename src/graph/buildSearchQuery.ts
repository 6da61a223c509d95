/**
 * Turns what a person typed into a safe Lucene query for the full-text index: every Lucene
 * operator is escaped (the text is data, never syntax), each word matches exactly, fuzzily (small
 * typos) or as a prefix (the last word, for search-as-you-type), and the whole phrase scores highest.
 */
import type { SearchIndex } from '../db/statements.js';
import { CJK_CHAR, cleanText, hasCjk, nameKey, spaceBetweenScripts } from '../model/nameKey.js';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
// Every punctuation mark and symbol separates words: "quantum+strategy", "NRC|AIST" and "a~b" are two
// words, as "a/b" and "a b" are, never one glued word nor a Lucene operator.
// Stryker disable next-line Regex: splitting at each separator rather than at each run only adds empty tokens, which tokenize drops.
const SEPARATORS = /[\s\p{P}\p{S}]+/u;
/** The most words of a text that become clauses of the query. */
export const MAX_WORDS = 16;
const STOP_WORDS = new Set(['a', 'an', 'and', 'of', 'the', 'on', 'in', 'for', 'to', 'at', 'by', 'with', 'de', 'du', 'la', 'le', 'et']);

// An apostrophe between letters, and a point or comma between digits, are part of the word, as the
// index's tokenizer (Unicode word breaks) keeps them: "other's", "8.8" and "1,000" are one indexed word
// each, which the query words "other" + "s" or "8" + "8" would never match. They are swapped for
// private-use characters (neither punctuation nor symbols, so never separators) while splitting.
const INNER_MARK = /(?<=\p{L})['\u2019](?=\p{L})|(?<=\p{N})[.,](?=\p{N})/gu;
const KEPT: Record<string, string> = { "'": '\ue000', '\u2019': '\ue000', '.': '\ue001', ',': '\ue002' };
const RESTORED: Record<string, string> = { '\ue000': "'", '\ue001': '.', '\ue002': ',' };

/**
 * The words of a text: cleanText (NFKC, invisible characters gone), split at spaces, punctuation and
 * symbols (not inside a word as above) and between a Latin word and Japanese text, Lucene syntax removed.
 */
export function tokenize(text: string): string[] {
  return spaceBetweenScripts(cleanText(text).replace(INNER_MARK, (m) => KEPT[m] ?? m))
    .split(SEPARATORS)
    .map((t) => t.replace(LUCENE_SPECIAL, '').replace(/[\ue000-\ue002]/g, (m) => RESTORED[m] ?? m))
    .filter((t) => t !== '');
}

/**
 * The singular a plural English word may stand for: "cities" → "city", "boxes" → "box", "agreements" →
 * "agreement". The index does not stem (stemming would not fold accents), so a typed plural also looks
 * for the singular a name may use; undefined when the word does not look plural.
 */
export function singularOf(word: string): string | undefined {
  if (word.length < 4 || !/^[a-z]+$/.test(word) || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return undefined;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : undefined;
}

/** The full-text index a text is searched in: CJK bigrams when it has CJK characters, else Latin folding. */
export const searchIndexFor = (text: string): SearchIndex => (hasCjk(text) ? 'entity_search_cjk' : 'entity_search_v2');

/**
 * The exact-name lookup in entity_names: the text's normalised key as one quoted term of the nameKeys
 * field, or undefined when nothing is left of it. A key holds no quote or backslash (nameKey turns
 * every symbol into a space), so quoting is enough to keep it data.
 */
export function buildExactNameQuery(text: string): string | undefined {
  const key = nameKey(text);
  return key === '' ? undefined : `nameKeys:"${key}"`;
}

/**
 * A clause for one word. A CJK word is one quoted phrase, which the cjk analyzer turns into adjacent
 * bigrams, i.e. "contains this run of characters"; a lone CJK character (no bigram to match) is a
 * prefix of the bigrams that start with it. Fuzzy and prefix variants are for Latin words only: a
 * fuzzy 協定 would match 協力.
 */
function wordClause(t: string, last: boolean): string {
  if (CJK_CHAR.test(t)) return [...t].length === 1 ? `${t}*` : `"${t}"^3`;
  const variants = [`${t}^3`];
  // No fuzzy numbers: "2001" is not a typo of "2007", and each fuzzy year would expand to every year.
  if ([...t].length >= 4 && !/\p{N}/u.test(t)) variants.push(`${t}~${[...t].length >= 7 ? 2 : 1}`);
  if (last && [...t].length >= 2) variants.push(`${t}*`);
  const singular = singularOf(t);
  if (singular !== undefined) variants.push(`${singular}^2`);
  return `(${variants.join(' OR ')})`;
}

/**
 * The Lucene query for the index searchIndexFor(text) picks: `all` needs every significant word
 * (stop words aside), `any` one of them; the whole text as a phrase scores highest. Undefined when
 * the text has no word at all (symbols only).
 */
export function buildSearchQuery(text: string, mode: 'all' | 'any' = 'all'): string | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const words = tokens.filter((t) => !STOP_WORDS.has(t.toLowerCase()));
  // At most MAX_WORDS words become clauses (each fuzzy word expands to up to 50 terms, and Lucene
  // refuses a query of more than 1,024); the phrase still holds every word.
  const significant = (words.length > 0 ? words : tokens).slice(0, MAX_WORDS);
  const clauses = significant.map((token, i) => wordClause(token.toLowerCase(), i === significant.length - 1));
  const phrase = tokens.length > 1 ? `"${tokens.join(' ').toLowerCase()}"^6 OR ` : '';
  return `${phrase}(${clauses.join(mode === 'all' ? ' AND ' : ' OR ')})`;
}
