/**
 * Suggestions as you type: the nodes whose names start with what was typed, then those with a word
 * inside a name that does, in one indexed read (cypher/suggest-names.cypher).
 */
import type { Reader } from '../db/createDb.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import { nameFields, nameKey } from '../model/nameKey.js';
import type { SuggestionRecord } from '../model/records.js';

/**
 * Names read per suggestion, whatever `first` is (so a page is a prefix of a larger one): Lucene
 * returns whole-name prefixes first, so for a prefix matching more names than this (one or two
 * letters) the suggestions come from the names that start with it.
 */
export const SUGGEST_POOL = 100;

// Spaces are the only Lucene syntax a key can hold (nameKey turns every other symbol into a space).
const escapeKey = (key: string): string => key.replace(/ /g, '\\ ');

/**
 * Up to `first` suggestions for `prefix` (already checked: 1–100 characters), best first: names that
 * start with it, then names with a word that starts with it (for Japanese, names that contain it),
 * shorter names first, then by name and id. The prefix is normalised like every name (case, accents,
 * width, punctuation: src/model/nameKey.ts); a prefix of symbols only suggests nothing. Provisions and
 * figures have no names and are never suggested.
 */
export async function suggestNames(reader: Reader, prefix: string, first: number): Promise<SuggestionRecord[]> {
  const key = nameKey(prefix);
  if (key === '') return [];
  const escaped = escapeKey(key);
  const rows = await reader.read('suggest-names', {
    query: `nameKeys:${escaped}*^4 OR nameTails:${escaped}*`,
    key,
    pool: SUGGEST_POOL,
    limit: first,
  });
  return rows.map((r) => {
    const node = toNodeRecord(r.label, r.props);
    const own = nameFields.map((f) => node.props[f]).find((v): v is string => typeof v === 'string' && nameKey(v) === r.key);
    return { node, matchedName: r.name ?? own ?? r.key, startsWith: r.tier === 0 };
  });
}
