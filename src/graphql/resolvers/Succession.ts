import type { SuccessionResolvers } from '../../generated/graphql.js';
import { requireNode } from '../nodeAccess.js';

export const Succession: SuccessionResolvers = {
  institution: (r, _, ctx) => requireNode(ctx, r.institutionId, 'Institution', 'institution'),
  changeEvent: (r, _, ctx) => requireNode(ctx, r.changeEventId, 'ChangeEvent', 'change event'),
};
