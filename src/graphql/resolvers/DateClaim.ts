import type { DateClaimResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { optionalString, partialDate } from '../../model/values.js';

export const DateClaim: DateClaimResolvers = {
  field: (r) => String(r.props.field),
  date: (r) =>
    partialDate({ value: r.props.value, valuePrecision: r.props.precision, valueYear: r.props.year, valueStatus: 'known' }, 'value'),
  note: (r) => optionalString(r.props.note),
  evidence: (r) => evidenceOf(r.props),
};
