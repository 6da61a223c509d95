import type { ParticipationResolvers } from '../../generated/graphql.js';
import { evidenceOf, isNodeOf } from '../../model/records.js';
import { notFound } from '../../errors.js';
import { requireNode } from '../nodeAccess.js';
import { optionalString, toEnum } from '../../model/values.js';

export const Participation: ParticipationResolvers = {
  institution: (r, _, ctx) => requireNode(ctx, r.from, 'Institution', 'institution'),
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
