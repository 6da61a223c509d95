/**
 * Which drawn nodes and edges the filters show: the year range (by the period a node was active),
 * the kinds and relationship types filtered out, and the nodes the user hid. Pure, so the rules are
 * unit-tested (test/unit/explorer/filters.test.ts) apart from the canvas.
 */
import type { NodeSummary } from './api.js';
import type { ExplorerState } from './state.js';

/** When a node was active, in whole years; null ends are unknown (or, for `end`, still active). */
export interface ActivePeriod {
  start: number | null;
  end: number | null;
}

/**
 * The period a node was active: an institution from its founding to its dissolution (open when it
 * still exists or the sources do not say), a mechanism from its establishment, an instrument,
 * event or change on its date, a source on its publication. Other kinds have no period.
 */
export function activePeriod(node: NodeSummary): ActivePeriod {
  switch (node.__typename) {
    case 'Institution':
      return { start: node.founded?.year ?? null, end: node.dissolved?.year ?? null };
    case 'Mechanism':
      return { start: node.established?.year ?? null, end: null };
    case 'Instrument':
    case 'Event':
    case 'ChangeEvent':
      return { start: node.date?.year ?? null, end: node.date?.year ?? null };
    case 'Source':
      return { start: node.published?.year ?? null, end: node.published?.year ?? null };
    default:
      return { start: null, end: null };
  }
}

/**
 * True when a period overlaps the range [from, to] (either end of either may be open). A node with
 * no known period is never filtered out by years: unknown is not "outside".
 */
export function overlapsYears(period: ActivePeriod, from: number | null, to: number | null): boolean {
  if (period.start === null && period.end === null) return true;
  if (to !== null && period.start !== null && period.start > to) return false;
  if (from !== null && period.end !== null && period.end < from) return false;
  // Known end only (start unknown): it was active up to `end`, which is on or after `from`.
  return true;
}

export interface FilterableNode {
  id: string;
  kind: string;
  period: ActivePeriod;
}

/**
 * Whether a node is shown. The focus and the selection are never hidden by a filter (a researcher
 * filtering years must not lose what they are looking at); the focus cannot be hidden at all.
 */
export function isNodeShown(node: FilterableNode, state: ExplorerState): boolean {
  if (node.id === state.focus) return true;
  if (state.hide.includes(node.id)) return false;
  if (state.selection.includes(node.id)) return true;
  if (state.kinds.includes(node.kind)) return false;
  return overlapsYears(node.period, state.from, state.to);
}

/** Whether an edge is shown: its type is not filtered out and both ends are shown. */
export function isEdgeShown(relation: string, sourceShown: boolean, targetShown: boolean, state: ExplorerState): boolean {
  return sourceShown && targetShown && !state.rels.includes(relation);
}
