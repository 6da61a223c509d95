import type { SourceResolvers } from '../../generated/graphql.js';
import { optionalString, partialDate, toEnum } from '../../model/values.js';

export const Source: SourceResolvers = {
  kind: (r) => toEnum(r.props.kind, 'DOCUMENT'),
  title: (r) => String(r.props.title),
  url: (r) => optionalString(r.props.url),
  publisher: (r) => optionalString(r.props.publisher),
  published: (r) => partialDate(r.props, 'published'),
};
