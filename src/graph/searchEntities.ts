/**
 * Search over every kind of node, in one statement per attempt: full-text hits (every word first,
 * then any word), the exact-name lookup, and what covers a matched topic. Ranks exact names first,
 * then the other direct hits, then hits reached through a topic, and reports which name matched.
 */
import { distance } from 'fastest-levenshtein';
import type { Reader } from '../db/createDb.js';
import type { RowOf } from '../db/statements.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import { hasCjk, nameKey } from '../model/nameKey.js';
import type { SearchHitRecord } from '../model/records.js';
import { buildExactNameQuery, buildSearchQuery, searchIndexFor, tokenize } from './buildSearchQuery.js';

/** Every name a hit could be known by: the Name nodes that matched, then its own title and names. */
function candidateNames(props: Record<string, unknown>, names: { name: string; score: number }[]): string[] {
  const own = ['title', 'shortTitle', 'name', 'acronym', 'nameJa'].map((k) => props[k]).filter((v): v is string => typeof v === 'string');
  return [...[...names].sort((a, b) => b.score - a.score).map((n) => n.name), ...own];
}

/**
 * Whether a name's key holds the text's key as whole words ("economic development" in "innovation
 * science and economic development canada", never "ai" in "affairs"); Japanese, written without
 * spaces, as any run of characters.
 */
function contains(key: string, wanted: string): boolean {
  return hasCjk(wanted) ? key.includes(wanted) : ` ${key} `.includes(` ${wanted} `);
}

/** The most a name's coverage adds (all its words matched): enough to reorder hits Lucene scores close together, not to overturn a clearly better one. */
const COVERAGE = 20;

/**
 * Whether a word of a name is a word of the text as the query matches it: the same, started by it (3
 * letters or more: a word being typed), or one small typo away, within the edit distance the query's
 * fuzzy clauses allow (src/graph/buildSearchQuery.ts: 1 from 4 letters, 2 from 7; never for numbers).
 */
function sameWord(word: string, typed: string): boolean {
  if (word === typed || (typed.length >= 3 && word.startsWith(typed))) return true;
  if (typed.length < 4 || /\p{N}/u.test(typed)) return false;
  return distance(word, typed) <= (typed.length >= 7 ? 2 : 1);
}

/**
 * Which name matched, and how well: a name whose key equals the text's (src/model/nameKey.ts) beats
 * one containing it, which beats one sharing words with it. Returns a bonus added to Lucene's score so
 * that "Department of Industry" ranks ISED (whose legal name it is) above things that mention it.
 */
function bestName(candidates: string[], text: string): { name: string | null; bonus: number } {
  const wanted = nameKey(text);
  const typed = text.trim().toLowerCase();
  const words = tokenize(wanted);
  let best: { name: string | null; bonus: number; rank: number } = { name: null, bonus: 0, rank: 0 };
  for (const candidate of candidates) {
    const key = nameKey(candidate);
    const nameWords = tokenize(key);
    const shared = nameWords.filter((w) => words.some((q) => sameWord(w, q))).length;
    // A name the text covers most of ("Carleton University" for "Carleton Universty") beats a long
    // title that merely mentions it: up to COVERAGE more for the share of the name's words matched.
    const coverage = nameWords.length > 0 ? (COVERAGE * shared) / nameWords.length : 0;
    const bonus = key === wanted ? 1000 : contains(key, wanted) ? 100 + coverage : shared + coverage;
    // Of names that normalise alike ("Trade and" / "Trade, and"), the one written as typed is the one shown.
    const rank = bonus + (candidate.toLowerCase() === typed ? 0.5 : 0);
    if (rank > best.rank) best = { name: candidate, bonus, rank };
  }
  return { name: best.name, bonus: best.bonus };
}

/**
 * The candidates re-ranked, whatever page is asked for: the largest page `search` serves. Sized from
 * `first`, the pool made `first: 1` rank differently from `first: 3` (a name match outside a small
 * pool could not be promoted), so a page was not a prefix of a larger one.
 */
export const SEARCH_POOL = 100;

type Row = RowOf<'search-entities'>;

/** Direct hits in rank order: exact names first, then by score (Lucene's plus the name bonus), then id. */
function rankDirect(rows: Row[], text: string): (SearchHitRecord & { exact: boolean })[] {
  return rows
    .map((r) => {
      const node = toNodeRecord(r.label, r.props);
      const { name, bonus } = bestName(candidateNames(node.props, r.names), text);
      return { node, score: r.score + bonus, matchedName: name, via: null, exact: r.exact };
    })
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.node.id.localeCompare(b.node.id));
}

/**
 * Hits reached through the topics among the direct hits whose names matched (a topic found only by a
 * word of its summary does not speak for what covers it), in the topics' rank order (instruments,
 * then provisions, by id, within a topic); a node already found directly or through a better topic is
 * not repeated. Their score is 0: they rank below every direct hit.
 */
function throughTopics(rows: Row[], direct: SearchHitRecord[]): SearchHitRecord[] {
  const covering = new Map(rows.map((r) => [r.id, r.covering]));
  const seen = new Set(direct.map((h) => h.node.id));
  const out: SearchHitRecord[] = [];
  for (const topic of direct.filter((h) => h.matchedName !== null)) {
    for (const c of covering.get(topic.node.id) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ node: toNodeRecord(c.label, c.props), score: 0, matchedName: null, via: { relationship: c.type, topic: topic.node } });
    }
  }
  return out;
}

/**
 * Up to `first` hits for `text` (already checked: 1–300 characters, 1–200 for a listing filter), best first: names equal to the
 * text (normalised: case, accents, width, punctuation), then other direct hits by score, then (only
 * without `label`) instruments and provisions reached through a matched technology area or topic,
 * each with `via`. The order is total and the same for every `first` up to SEARCH_POOL, so a smaller
 * page is a prefix of a larger one. `label` keeps only hits of one kind (a listing's text filter), so
 * other kinds cannot crowd them out. A text with Japanese characters is searched by bigrams
 * (entity_search_cjk), any other by folded words. One read, or (without `label`) two when no hit
 * has every word: search then tolerates any word, while a listing's filter stays "every word".
 */
export async function searchEntities(reader: Reader, text: string, first: number, label: string | null = null): Promise<SearchHitRecord[]> {
  const exact = buildExactNameQuery(text);
  // Stryker disable next-line ArrayDeclaration: the loop assigns rows before any use (or returns first), so the initial value is never read.
  let rows: Row[] = [];
  // A listing's text filter keeps only what has every word; search falls back to any word.
  for (const mode of label === null ? (['all', 'any'] as const) : (['all'] as const)) {
    const query = buildSearchQuery(text, mode);
    if (query === undefined || exact === undefined) return [];
    rows = await reader.read('search-entities', { index: searchIndexFor(text), query, exact, limit: Math.max(first, SEARCH_POOL), label });
    if (rows.length > 0) break;
  }
  const direct = rankDirect(rows, text).map(({ exact: _, ...hit }) => hit);
  return [...direct, ...throughTopics(rows, direct)].slice(0, first);
}
