import type { TechnologyAreaResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { edgesOf, neighbours, nodeEdges } from '../nodeAccess.js';
import { argOrDefault } from '../assertArgs.js';
import { curationOf, optionalString } from '../../model/values.js';

export const TechnologyArea: TechnologyAreaResolvers = {
  name: (r) => String(r.props.name),
  aliases: (r) => (Array.isArray(r.props.aliases) ? (r.props.aliases as string[]) : []),
  summary: (r) => optionalString(r.props.summary),
  broader: async (r, _, ctx) => neighbours(ctx, r.id, ['BROADER'], 'OUTGOING', 'TechnologyArea'),
  narrower: async (r, _, ctx) => neighbours(ctx, r.id, ['BROADER'], 'INCOMING', 'TechnologyArea'),
  evolvedFrom: async (r, _, ctx) => neighbours(ctx, r.id, ['EVOLVED_INTO'], 'INCOMING', 'TechnologyArea'),
  evolvedInto: async (r, _, ctx) => neighbours(ctx, r.id, ['EVOLVED_INTO'], 'OUTGOING', 'TechnologyArea'),
  coverage: (r, _, ctx) => edgesOf(ctx, r.id, ['COVERS'], 'INCOMING'),
  edges: (r, args, ctx, info) => nodeEdges(ctx, r.id, argOrDefault(info, 'direction', args.direction)),
  evidence: (r) => evidenceOf(r.props),
  curation: (r) => curationOf(r.props),
};
