import type { MechanismResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { firstNeighbour, neighbours, nodeEdges, participationsOf } from '../nodeAccess.js';
import { argOrDefault } from '../assertArgs.js';
import { curationOf, optionalString, partialDate, toEnum } from '../../model/values.js';

export const Mechanism: MechanismResolvers = {
  name: (r) => String(r.props.name),
  acronym: (r) => optionalString(r.props.acronym),
  kind: (r) => toEnum(r.props.kind, 'OTHER'),
  country: (r, _, ctx) => firstNeighbour(ctx, r.id, 'IN_COUNTRY', 'Country'),
  status: (r) => optionalString(r.props.status),
  summary: (r) => optionalString(r.props.summary),
  frequency: (r) => optionalString(r.props.frequency),
  level: (r) => optionalString(r.props.level),
  established: (r) => partialDate(r.props, 'established'),
  partOf: (r, _, ctx) => firstNeighbour(ctx, r.id, 'PART_OF', 'Mechanism'),
  parts: async (r, _, ctx) => neighbours(ctx, r.id, ['PART_OF'], 'INCOMING', 'Mechanism'),
  participants: (r, { role }, ctx) => participationsOf(ctx, r.id, 'INCOMING', role),
  establishedBy: async (r, _, ctx) => neighbours(ctx, r.id, ['ESTABLISHES'], 'INCOMING', 'Instrument'),
  usedBy: async (r, _, ctx) => neighbours(ctx, r.id, ['USES'], 'INCOMING', 'Instrument'),
  events: async (r, _, ctx) => neighbours(ctx, r.id, ['PART_OF', 'CONCERNS'], 'INCOMING', 'Event'),
  names: async (r, _, ctx) => neighbours(ctx, r.id, ['HAS_NAME'], 'OUTGOING', 'Name'),
  edges: (r, args, ctx, info) => nodeEdges(ctx, r.id, argOrDefault(info, 'direction', args.direction)),
  evidence: (r) => evidenceOf(r.props),
  curation: (r) => curationOf(r.props),
};
