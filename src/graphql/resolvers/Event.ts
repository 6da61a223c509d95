import type { EventResolvers } from '../../generated/graphql.js';
import { evidenceOf, isApiNode } from '../../model/records.js';
import { firstNeighbour, loadNodes, neighbourIds, nodeEdges, participationsOf } from '../nodeAccess.js';
import { argOrDefault } from '../assertArgs.js';
import { curationOf, optionalString, partialDate, toEnum } from '../../model/values.js';

export const Event: EventResolvers = {
  name: (r) => String(r.props.name),
  nameJa: (r) => optionalString(r.props.nameJa),
  kind: (r) => toEnum(r.props.kind, 'OTHER'),
  date: (r) => partialDate(r.props, 'date'),
  place: (r) => optionalString(r.props.place),
  status: (r) => optionalString(r.props.status),
  summary: (r) => optionalString(r.props.summary),
  partOf: (r, _, ctx) => firstNeighbour(ctx, r.id, 'PART_OF', 'Mechanism'),
  concerns: async (r, _, ctx) => (await loadNodes(ctx, await neighbourIds(ctx, r.id, ['CONCERNS'], 'OUTGOING'))).filter(isApiNode),
  participants: (r, { role }, ctx) => participationsOf(ctx, r.id, 'INCOMING', role),
  edges: (r, args, ctx, info) => nodeEdges(ctx, r.id, argOrDefault(info, 'direction', args.direction)),
  evidence: (r) => evidenceOf(r.props),
  curation: (r) => curationOf(r.props),
};
