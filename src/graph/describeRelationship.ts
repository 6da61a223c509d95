/**
 * The attributes of a relationship as the API's Edge type and every export show them: one
 * definition, so an export and the API always agree.
 */
import type { EdgeRecord, NodeRecord } from '../model/records.js';

export interface RelationshipDescription {
  /** The role, coverage kind or other qualifier, e.g. signatory or selected. */
  qualifier: string | null;
  /** When it holds: its own year, else the year of the dated instrument, event or change at either end. */
  year: number | null;
  asNamed: string | null;
  note: string | null;
}

const qualifiers = ['role', 'how', 'kind'] as const;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function yearOf(node: NodeRecord): number | null {
  const year =
    node.label === 'Instrument'
      ? node.props.year
      : node.label === 'Event' || node.label === 'ChangeEvent'
        ? node.props.dateYear
        : undefined;
  return typeof year === 'number' ? year : null;
}

/** `from` and `to` are needed only for the year; without them the year is the relationship's own. */
export function describeRelationship(edge: EdgeRecord, from?: NodeRecord, to?: NodeRecord): RelationshipDescription {
  return {
    qualifier: qualifiers.map((q) => text(edge.props[q])).find((q) => q !== null) ?? null,
    year: typeof edge.props.year === 'number' ? edge.props.year : ((from && yearOf(from)) ?? (to && yearOf(to)) ?? null),
    asNamed: text(edge.props.asNamed),
    note: text(edge.props.note),
  };
}
