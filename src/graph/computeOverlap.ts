/**
 * Overlap of instruments as pure set logic over their profiles (cypher/overlap-profiles.cypher).
 *
 * Matching: an item shared by every instrument is SAME; otherwise items of different instruments
 * that are in each other's lineage (an item's `family`: its predecessors and successors, or earlier
 * and later areas) match through TECHNOLOGY_LINEAGE (areas) or SUCCESSION (institutions).
 * Score: Jaccard similarity |A ∩ B| / |A ∪ B| over lineage-normalised sets: the items present are
 * grouped (union-find) wherever one is in the other's lineage, and each counts as its group, so
 * microelectronics (1985) and semiconductors (2023) are one element. For n instruments the score
 * is the n-way Jaccard (intersection over union of all sets); `pairs` gives every pairwise score.
 */

export type OverlapKind = 'area' | 'institution' | 'mechanism';
export type MatchKind = 'SAME' | 'TECHNOLOGY_LINEAGE' | 'SUCCESSION';

export interface ProfileItem {
  instrumentId: string;
  kind: OverlapKind;
  itemId: string;
  family: string[];
}

export interface OverlapMatchResult {
  kind: OverlapKind;
  /** The item the match is named after: the shared item, or for a lineage match the first instrument's item. */
  nodeId: string;
  via: MatchKind;
  /** The items matched, one or more per instrument, in instrument order. */
  matchedIds: string[];
}

export interface OverlapPairResult {
  a: string;
  b: string;
  score: number;
  shared: number;
}

export interface OverlapResult {
  matches: OverlapMatchResult[];
  score: number;
  pairs: OverlapPairResult[];
}

/** Groups the items present so that an item and anything in its lineage share one representative. */
function lineageGroups(items: ProfileItem[]): (item: ProfileItem) => string {
  const parent = new Map<string, string>();
  const key = (kind: string, id: string): string => `${kind}:${id}`;
  const find = (k: string): string => {
    let root = k;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    // Stryker disable next-line CallExpression: path compression only shortens later finds; every find still reaches the same root.
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)].sort();
    // Stryker disable next-line ConditionalExpression: when both are one root, pointing it at itself changes nothing.
    if (ra !== rb) parent.set(rb!, ra!);
  };
  const present = new Set(items.map((i) => key(i.kind, i.itemId)));
  // Stryker disable next-line CallExpression: find already treats a key without a parent as its own root.
  for (const k of present) parent.set(k, k);
  for (const item of items) {
    for (const relative of item.family) {
      const other = key(item.kind, relative);
      if (present.has(other)) union(key(item.kind, item.itemId), other);
    }
  }
  return (item) => find(key(item.kind, item.itemId));
}

function jaccard(sets: Set<string>[]): { score: number; shared: number } {
  // Stryker disable next-line ConditionalExpression: without sets the general case below also gives score 0 and shared 0.
  if (sets.length === 0) return { score: 0, shared: 0 };
  const union = new Set(sets.flatMap((s) => [...s]));
  // Stryker disable next-line ArrayDeclaration: only reached with at least one set; the fallback satisfies noUncheckedIndexedAccess.
  const shared = [...(sets[0] ?? [])].filter((x) => sets.every((s) => s.has(x))).length;
  return { score: union.size === 0 ? 0 : shared / union.size, shared };
}

export function computeOverlap(instrumentIds: string[], items: ProfileItem[]): OverlapResult {
  const representative = lineageGroups(items);
  const byInstrument = new Map(instrumentIds.map((id) => [id, items.filter((i) => i.instrumentId === id)]));
  // Stryker disable next-line ArrayDeclaration: byInstrument has an entry for every instrument id, so the fallback is never used.
  const normalised = instrumentIds.map((id) => new Set((byInstrument.get(id) ?? []).map(representative)));

  const matches: OverlapMatchResult[] = [];
  const sharedKeys = [...(normalised[0] ?? [])].filter((key) => normalised.every((s) => s.has(key))).sort();
  for (const key of sharedKeys) {
    // Stryker disable next-line ArrayDeclaration: byInstrument has an entry for every instrument id, so the fallback is never used.
    const perInstrument = instrumentIds.map((id) => (byInstrument.get(id) ?? []).filter((i) => representative(i) === key));
    // Stryker disable next-line OptionalChaining,StringLiteral: a shared key comes from the first instrument's items, so it has at least one; the fallback is never used.
    const kind = perInstrument[0]?.[0]?.kind ?? 'area';
    const ids = perInstrument.map((list) => list.map((i) => i.itemId));
    // Stryker disable next-line ArrayDeclaration: there is a shared key only when there is a first instrument, so ids[0] exists.
    const common = (ids[0] ?? []).filter((id) => ids.every((list) => list.includes(id)));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with nothing in common both branches report the same lineage match for areas and institutions, and mechanisms (family [own id], cypher/overlap-profiles.cypher) always have something in common.
    if (common.length > 0) {
      for (const id of common) matches.push({ kind, nodeId: id, via: 'SAME', matchedIds: [id] });
      // Items that are only related (not identical) still matched through the family: report them too.
      const rest = ids.map((list) => list.filter((id) => !common.includes(id)));
      if (rest.every((list) => list.length > 0)) {
        matches.push({
          kind,
          nodeId: rest[0]![0]!,
          via: kind === 'institution' ? 'SUCCESSION' : 'TECHNOLOGY_LINEAGE',
          matchedIds: [...new Set(rest.flat())],
        });
      }
    } else {
      matches.push({
        kind,
        nodeId: ids[0]![0]!,
        // Stryker disable next-line ConditionalExpression,StringLiteral: only a mechanism could reach 'SAME' here, and mechanisms are never grouped with another item (their family is their own id).
        via: kind === 'institution' ? 'SUCCESSION' : kind === 'area' ? 'TECHNOLOGY_LINEAGE' : 'SAME',
        matchedIds: [...new Set(ids.flat())],
      });
    }
  }

  const pairs: OverlapPairResult[] = [];
  // Stryker disable next-line EqualityOperator: one more turn of a would start b past the last instrument and add no pair.
  for (let a = 0; a < instrumentIds.length; a += 1) {
    for (let b = a + 1; b < instrumentIds.length; b += 1) {
      const { score, shared } = jaccard([normalised[a]!, normalised[b]!]);
      pairs.push({ a: instrumentIds[a]!, b: instrumentIds[b]!, score, shared });
    }
  }
  return { matches, score: jaccard(normalised).score, pairs };
}
