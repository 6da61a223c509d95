/**
 * The graph's invariants, stated once for every writer: the seed checker and loader
 * (src/seed/checkSeeds.ts, src/seed/loadSeedGraph.ts) and the curator writes
 * (src/db/assertGraphInvariants.ts, in the write transaction). So curators and seeds cannot disagree:
 *
 * - no relationship joins a node to itself;
 * - the relationships of ACYCLIC_RELATIONSHIP_TYPES, and institutional succession (SUCCESSION), form no cycle;
 * - every date lies within PLAUSIBLE_YEARS;
 * - a period (a name's or a post-holding's from/to, an institution's founded/dissolved) does not end before it starts.
 */
import type { GraphRelationship, RelationshipType } from './vocabulary.js';

/** Years a date may name, inclusive: earlier or later is a typo ("0000", "2202"), not history. */
export const PLAUSIBLE_YEARS = { earliest: 1800, latest: 2100 } as const;

/**
 * Relationship types whose chains must never lead back to their start: technology lineage
 * (EVOLVED_INTO), part-of, broader, builds-on and supersedes. Each is checked on its own type.
 */
export const ACYCLIC_RELATIONSHIP_TYPES = [
  'BROADER',
  'BUILDS_ON',
  'EVOLVED_INTO',
  'PART_OF',
  'SUPERSEDES',
] as const satisfies readonly RelationshipType[];

/**
 * Institutional succession, derived from change events: a change event with institution A as
 * ORIGINAL_ORGANIZATION and B as RESULTING_ORGANIZATION is a step A → B. Steps must form no cycle
 * of two or more institutions; a change event naming one institution on both sides (a
 * reconstitution that keeps it) is not a step.
 */
export const SUCCESSION = 'succession';

/** Stable sub-codes of the BAD_USER_INPUT a violated invariant raises (extensions.invariant). */
export const InvariantCode = {
  SELF_RELATIONSHIP: 'SELF_RELATIONSHIP',
  CYCLE: 'CYCLE',
} as const;
export type InvariantCode = (typeof InvariantCode)[keyof typeof InvariantCode];

const acyclic: ReadonlySet<string> = new Set(ACYCLIC_RELATIONSHIP_TYPES);

/** Whether relationships of `type` must stay acyclic. */
export const isAcyclicType = (type: string): boolean => acyclic.has(type);

/** The message for a date outside PLAUSIBLE_YEARS, or undefined when `year` is plausible. */
export function implausibleYear(year: number): string | undefined {
  const { earliest, latest } = PLAUSIBLE_YEARS;
  return year < earliest || year > latest ? `year ${year} is outside the plausible range ${earliest}–${latest}` : undefined;
}

/**
 * The message for a period that ends before it starts, or undefined. `from` and `to` are partial
 * dates ("2010", "2010-05", "2010-05-31"), compared at the coarser precision of the two, so
 * 2010 → 2010-05 is a valid period and 2020 → 2010 is not.
 */
export function periodEndsBeforeStart(from: string | undefined, to: string | undefined): string | undefined {
  if (!from || !to) return undefined;
  const length = Math.min(from.length, to.length);
  return to.slice(0, length) < from.slice(0, length) ? `ends (${to}) before it starts (${from})` : undefined;
}

/** "PART_OF from nrc to itself is not allowed". */
export function selfRelationshipMessage(type: string, id: string): string {
  return `${type} from "${id}" to itself is not allowed: a node cannot be related to itself`;
}

/**
 * "BUILDS_ON would close a cycle: moc-2023 → roadmap-2026 → moc-2023". `cycle` lists the ids from
 * the new relationship's start, through its end, back to its start.
 */
export function cycleMessage(type: string, cycle: readonly string[]): string {
  return `${type} would close a cycle: ${cycle.join(' → ')}`;
}

/** One invariant a relationship of a graph breaks. */
export interface InvariantViolation {
  code: InvariantCode;
  relationship: GraphRelationship;
  message: string;
}

/** Breadth-first path from `start` to `goal` along `next`, as the ids visited, or undefined. */
function pathBetween(next: ReadonlyMap<string, readonly string[]>, start: string, goal: string): string[] | undefined {
  const previous = new Map<string, string>([[start, start]]);
  const queue = [start];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (at === goal) {
      const path = [at];
      for (let step = at; step !== start;) {
        step = previous.get(step) ?? start;
        path.unshift(step);
      }
      return path;
    }
    for (const n of next.get(at) ?? []) {
      if (!previous.has(n)) {
        previous.set(n, at);
        queue.push(n);
      }
    }
  }
  return undefined;
}

/**
 * Adds steps one at a time, in the order given, and reports each one that closes a cycle with
 * those already added (the step is then left out, so one cycle is reported once).
 */
function closingSteps<T>(steps: readonly { from: string; to: string; item: T }[]): { item: T; cycle: string[] }[] {
  const next = new Map<string, string[]>();
  const found: { item: T; cycle: string[] }[] = [];
  for (const { from, to, item } of steps) {
    const back = pathBetween(next, to, from);
    if (back) {
      found.push({ item, cycle: [from, ...back] });
      continue;
    }
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  return found;
}

/**
 * Every invariant the relationships of a whole graph (a seed graph) break: self-relationships, and
 * cycles per acyclic type and in succession, each reported on the relationship that closes it (in
 * the order the graph lists them, which is seed-file order). Dates are checked where they are read
 * (src/seed/validateSeeds.ts), with implausibleYear and periodEndsBeforeStart.
 */
export function findInvariantViolations(relationships: readonly GraphRelationship[]): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  for (const r of relationships) {
    if (r.from === r.to) violations.push({ code: 'SELF_RELATIONSHIP', relationship: r, message: selfRelationshipMessage(r.type, r.from) });
  }
  const proper = relationships.filter((r) => r.from !== r.to);
  for (const type of ACYCLIC_RELATIONSHIP_TYPES) {
    const steps = proper.filter((r) => r.type === type).map((r) => ({ from: r.from, to: r.to, item: r }));
    for (const { item, cycle } of closingSteps(steps)) {
      violations.push({ code: 'CYCLE', relationship: item, message: cycleMessage(type, cycle) });
    }
  }
  for (const { item, cycle } of closingSteps(successionSteps(relationships))) {
    violations.push({ code: 'CYCLE', relationship: item, message: cycleMessage(SUCCESSION, cycle) });
  }
  return violations;
}

/**
 * The succession steps (original → result, original ≠ result) that relationships of change events
 * make; each carries the RESULTING_ORGANIZATION relationship it comes from. Only change events
 * whose relationships are among `relationships` are seen.
 */
export function successionSteps<R extends { type: string; from: string; to: string }>(
  relationships: readonly R[],
): { from: string; to: string; item: R }[] {
  const originals = new Map<string, string[]>();
  for (const r of relationships) {
    if (r.type === 'ORIGINAL_ORGANIZATION') originals.set(r.from, [...(originals.get(r.from) ?? []), r.to]);
  }
  return relationships
    .filter((r) => r.type === 'RESULTING_ORGANIZATION')
    .flatMap((r) => (originals.get(r.from) ?? []).filter((o) => o !== r.to).map((o) => ({ from: o, to: r.to, item: r })));
}
