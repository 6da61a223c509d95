import type { EvidenceResolvers } from '../../generated/graphql.js';
import { requireNode } from '../nodeAccess.js';

export const Evidence: EvidenceResolvers = {
  source: (r, _, ctx) => requireNode(ctx, r.source, 'Source', 'source'),
};
