import type { NameResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { optionalString, partialDate, toEnum } from '../../model/values.js';

export const Name: NameResolvers = {
  value: (r) => String(r.props.value),
  kind: (r) => toEnum(r.props.kind, 'OTHER'),
  lang: (r) => optionalString(r.props.lang),
  from: (r) => partialDate(r.props, 'from'),
  to: (r) => partialDate(r.props, 'to'),
  note: (r) => optionalString(r.props.note),
  evidence: (r) => evidenceOf(r.props),
};
