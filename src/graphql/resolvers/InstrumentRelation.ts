import type { InstrumentRelationResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { requireNode } from '../nodeAccess.js';
import { optionalString } from '../../model/values.js';

export const InstrumentRelation: InstrumentRelationResolvers = {
  relation: (r) => r.edge.type,
  from: (r, _, ctx) => requireNode(ctx, r.edge.from, 'Instrument', 'instrument'),
  to: (r, _, ctx) => requireNode(ctx, r.edge.to, 'Instrument', 'instrument'),
  instrument: (r, _, ctx) => requireNode(ctx, r.edge.from === r.viewpoint ? r.edge.to : r.edge.from, 'Instrument', 'instrument'),
  note: (r) => optionalString(r.edge.props.note),
  evidence: (r) => evidenceOf(r.edge.props),
};
