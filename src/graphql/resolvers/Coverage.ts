import type { CoverageResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { requireNode } from '../nodeAccess.js';
import { optionalString, toEnum } from '../../model/values.js';

export const Coverage: CoverageResolvers = {
  instrument: (r, _, ctx) => requireNode(ctx, r.from, 'Instrument', 'instrument'),
  technologyArea: (r, _, ctx) => requireNode(ctx, r.to, 'TechnologyArea', 'technology area'),
  how: (r) => toEnum(r.props.how, 'LISTED'),
  year: (r) => (typeof r.props.year === 'number' ? r.props.year : null),
  asNamed: (r) => optionalString(r.props.asNamed),
  evidence: (r) => evidenceOf(r.props),
};
