import type { InstitutionResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { firstNeighbour, neighbours, nodeEdges, participationsOf } from '../nodeAccess.js';
import { argOrDefault } from '../assertArgs.js';
import { curationOf, fromEnum, optionalString, partialDate, toEnum } from '../../model/values.js';

export const Institution: InstitutionResolvers = {
  name: (r) => String(r.props.name),
  acronym: (r) => optionalString(r.props.acronym),
  kind: (r) => toEnum(r.props.kind, 'OTHER'),
  country: (r, _, ctx) => firstNeighbour(ctx, r.id, 'IN_COUNTRY', 'Country'),
  summary: (r) => optionalString(r.props.summary),
  founded: (r) => partialDate(r.props, 'founded'),
  dissolved: (r) => partialDate(r.props, 'dissolved'),
  names: async (r, { kind }, ctx) => {
    const names = await neighbours(ctx, r.id, ['HAS_NAME'], 'OUTGOING', 'Name');
    return kind ? names.filter((n) => n.props.kind === fromEnum(kind)) : names;
  },
  dateClaims: async (r, _, ctx) => neighbours(ctx, r.id, ['HAS_DATE_CLAIM'], 'OUTGOING', 'DateClaim'),
  partOf: (r, _, ctx) => firstNeighbour(ctx, r.id, 'PART_OF', 'Institution'),
  parts: async (r, _, ctx) => neighbours(ctx, r.id, ['PART_OF'], 'INCOMING', 'Institution'),
  participations: (r, { role }, ctx) => participationsOf(ctx, r.id, 'OUTGOING', role),
  predecessors: async (r, _, ctx) => (await ctx.loaders.successions.load(r.id)).predecessors,
  successors: async (r, _, ctx) => (await ctx.loaders.successions.load(r.id)).successors,
  edges: (r, args, ctx, info) => nodeEdges(ctx, r.id, argOrDefault(info, 'direction', args.direction)),
  evidence: (r) => evidenceOf(r.props),
  curation: (r) => curationOf(r.props),
};
