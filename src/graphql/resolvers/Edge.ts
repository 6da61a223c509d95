import type { EdgeResolvers } from '../../generated/graphql.js';
import { evidenceOf, type EdgeRecord } from '../../model/records.js';
import { describeRelationship } from '../../graph/describeRelationship.js';
import { requireApiNode } from '../nodeAccess.js';
import { curationOf } from '../../model/values.js';

/** Stable across loads: the relationship's type, ends and distinguishing key. */
export function edgeId(edge: EdgeRecord): string {
  const key = typeof edge.props.key === 'string' && edge.props.key !== '' ? `:${edge.props.key}` : '';
  return `${edge.type}:${edge.from}:${edge.to}${key}`;
}

export const Edge: EdgeResolvers = {
  id: (r) => edgeId(r),
  from: (r, _, ctx) => r.ends?.from ?? requireApiNode(ctx, r.from),
  to: (r, _, ctx) => r.ends?.to ?? requireApiNode(ctx, r.to),
  relation: (r) => r.type,
  year: async (r, _, ctx) => describeRelationship(r, await requireApiNode(ctx, r.from), await requireApiNode(ctx, r.to)).year,
  qualifier: (r) => describeRelationship(r).qualifier,
  asNamed: (r) => describeRelationship(r).asNamed,
  note: (r) => describeRelationship(r).note,
  evidence: (r) => evidenceOf(r.props),
  curation: (r) => curationOf(r.props),
};
