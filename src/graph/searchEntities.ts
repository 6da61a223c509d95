/**
 * Full-text search over every kind of node. Tries every word first (precise), then any word
 * (tolerant), and reports which name matched: the Name node hit, or the node's own title/name.
 */
import type { Reader } from '../db/createDb.js';
import type { RowOf } from '../db/statements.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import type { SearchHitRecord } from '../model/records.js';
import { buildSearchQuery, tokenize } from './buildSearchQuery.js';

// Stryker disable next-line MethodExpression: the text and every name are folded alike, so upper-casing both instead ranks the same names equal (it differs only for letters such as ß whose upper case is two letters).
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Every name a hit could be known by: the Name nodes that matched, then its own title and names. */
function candidateNames(props: Record<string, unknown>, names: { name: string; score: number }[]): string[] {
  const own = ['title', 'shortTitle', 'name', 'acronym', 'nameJa'].map((k) => props[k]).filter((v): v is string => typeof v === 'string');
  return [...[...names].sort((a, b) => b.score - a.score).map((n) => n.name), ...own];
}

/**
 * Which name matched, and how well: a name equal to the text (case and accents aside) beats one
 * containing it, which beats one sharing words with it. Returns a bonus added to Lucene's score so
 * that "Department of Industry" ranks ISED (whose legal name it is) above things that mention it.
 */
function bestName(candidates: string[], text: string): { name: string | null; bonus: number } {
  const wanted = fold(text).trim();
  const words = new Set(tokenize(wanted));
  let best: { name: string | null; bonus: number } = { name: null, bonus: 0 };
  for (const candidate of candidates) {
    const folded = fold(candidate);
    const shared = tokenize(folded).filter((w) => words.has(w) || [...words].some((q) => q.length >= 3 && w.startsWith(q))).length;
    const bonus = folded === wanted ? 1000 : folded.includes(wanted) ? 100 : shared;
    if (bonus > best.bonus) best = { name: candidate, bonus };
  }
  return best;
}

/**
 * The candidates re-ranked, whatever page is asked for: the largest page `search` serves. Sized from
 * `first`, the pool made `first: 1` rank differently from `first: 3` (a name match outside a small
 * pool could not be promoted), so a page was not a prefix of a larger one.
 */
export const SEARCH_POOL = 100;

/**
 * Up to `first` hits for `text` (already checked: 1–200 characters), best first, each with its
 * score and the name that matched; the order is total (score, then id) and the same for every
 * `first` up to SEARCH_POOL, so a smaller page is a prefix of a larger one. `label` keeps only hits
 * of one kind (a listing's text filter), so other kinds cannot crowd them out. One read, or two when
 * no hit has every word.
 */
export async function searchEntities(reader: Reader, text: string, first: number, label: string | null = null): Promise<SearchHitRecord[]> {
  // Stryker disable next-line ArrayDeclaration: the loop assigns rows before any use (or returns first), so the initial value is never read.
  let rows: RowOf<'search-entities'>[] = [];
  for (const mode of ['all', 'any'] as const) {
    const query = buildSearchQuery(text, mode);
    if (query === undefined) return [];
    rows = await reader.read('search-entities', { query, limit: Math.max(first, SEARCH_POOL), label });
    if (rows.length > 0) break;
  }
  return rows
    .map((r) => {
      const node = toNodeRecord(r.label, r.props);
      const { name, bonus } = bestName(candidateNames(node.props, r.names), text);
      return { node, score: r.score + bonus, matchedName: name };
    })
    .sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id))
    .slice(0, first);
}
