import type { TechnologyAreaResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../db/records.js';
import { curationOf, edgesOf, loadNodes, neighbourIds, nodeEdges, optionalString } from '../nodeAccess.js';

export const TechnologyArea: TechnologyAreaResolvers = {
  name: (r) => String(r.props.name),
  aliases: (r) => (Array.isArray(r.props.aliases) ? (r.props.aliases as string[]) : []),
  summary: (r) => optionalString(r.props.summary),
  broader: async (r, _, ctx) => loadNodes(ctx, await neighbourIds(ctx, r.id, ['BROADER'], 'OUTGOING'), 'TechnologyArea'),
  narrower: async (r, _, ctx) => loadNodes(ctx, await neighbourIds(ctx, r.id, ['BROADER'], 'INCOMING'), 'TechnologyArea'),
  evolvedFrom: async (r, _, ctx) => loadNodes(ctx, await neighbourIds(ctx, r.id, ['EVOLVED_INTO'], 'INCOMING'), 'TechnologyArea'),
  evolvedInto: async (r, _, ctx) => loadNodes(ctx, await neighbourIds(ctx, r.id, ['EVOLVED_INTO'], 'OUTGOING'), 'TechnologyArea'),
  coverage: (r, _, ctx) => edgesOf(ctx, r.id, ['COVERS'], 'INCOMING'),
  edges: (r, { direction }, ctx) => nodeEdges(ctx, r.id, direction),
  evidence: (r) => evidenceOf(r.props),
  curation: (r) => curationOf(r.props),
};
