import type { EdgeResolvers } from '../../generated/graphql.js';
import { evidenceOf, type EdgeRecord } from '../../db/records.js';
import type { Context } from '../context.js';
import { isApiNode, optionalString } from '../nodeAccess.js';
import { notFound } from '../../errors.js';

async function endpoint(ctx: Context, id: string) {
  const record = await ctx.loaders.node.load(id);
  if (!isApiNode(record)) throw notFound('node', id);
  return record;
}

/** When the relationship holds: its own year, else the year of the dated instrument, event or change at either end. */
async function edgeYear(edge: EdgeRecord, ctx: Context): Promise<number | null> {
  if (typeof edge.props.year === 'number') return edge.props.year;
  for (const id of [edge.from, edge.to]) {
    const node = await ctx.loaders.node.load(id);
    if (!node) continue;
    const year =
      node.label === 'Instrument'
        ? node.props.year
        : node.label === 'Event' || node.label === 'ChangeEvent'
          ? node.props.dateYear
          : undefined;
    if (typeof year === 'number') return year;
  }
  return null;
}

const qualifiers = ['role', 'how', 'kind'] as const;

export const Edge: EdgeResolvers = {
  from: (r, _, ctx) => endpoint(ctx, r.from),
  to: (r, _, ctx) => endpoint(ctx, r.to),
  relation: (r) => r.type,
  year: (r, _, ctx) => edgeYear(r, ctx),
  qualifier: (r) => qualifiers.map((q) => optionalString(r.props[q])).find((q) => q !== null) ?? null,
  asNamed: (r) => optionalString(r.props.asNamed),
  note: (r) => optionalString(r.props.note),
  evidence: (r) => evidenceOf(r.props),
};
