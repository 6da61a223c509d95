import type { ParticipationResolvers } from '../../generated/graphql.js';
import { evidenceOf, isNodeOf } from '../../model/records.js';
import { notFound } from '../../errors.js';
import { requireApiNode } from '../nodeAccess.js';
import { optionalString, toEnum } from '../../model/values.js';

export const Participation: ParticipationResolvers = {
  institution: async (r, _, ctx) => {
    const record = await ctx.loaders.node.load(r.from);
    return isNodeOf(record, 'Institution') ? record : null;
  },
  participant: (r, _, ctx) => requireApiNode(ctx, r.from),
  target: async (r, _, ctx) => {
    const record = await ctx.loaders.node.load(r.to);
    if (isNodeOf(record, 'Instrument') || isNodeOf(record, 'Mechanism') || isNodeOf(record, 'Event')) return record;
    throw notFound('instrument, mechanism or event', r.to);
  },
  role: (r) => toEnum(r.props.role, 'PARTICIPANT'),
  asNamed: (r) => optionalString(r.props.asNamed),
  note: (r) => optionalString(r.props.note),
  evidence: (r) => evidenceOf(r.props),
};
