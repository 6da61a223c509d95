import type { InstrumentResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { edgesOf, neighbours, nodeEdges, participationsOf } from '../nodeAccess.js';
import { argOrDefault } from '../assertArgs.js';
import { curationOf, optionalString, partialDate, toEnum } from '../../model/values.js';

export const instrumentRelationTypes = ['CITES', 'BUILDS_ON', 'IMPLEMENTS', 'SUPERSEDES', 'AMENDS', 'COMMEMORATES'] as const;

export const Instrument: InstrumentResolvers = {
  title: (r) => String(r.props.title),
  shortTitle: (r) => optionalString(r.props.shortTitle),
  kind: (r) => toEnum(r.props.kind, 'OTHER'),
  date: (r) => {
    const kind = optionalString(r.props.dateKind);
    return kind ? partialDate(r.props, kind) : { ...partialDate({}, 'date'), note: 'The sources give no date for this instrument.' };
  },
  dateKind: (r) => optionalString(r.props.dateKind),
  signedOn: (r) => partialDate(r.props, 'signedOn'),
  announcedOn: (r) => partialDate(r.props, 'announcedOn'),
  adoptedOn: (r) => partialDate(r.props, 'adoptedOn'),
  releasedOn: (r) => partialDate(r.props, 'releasedOn'),
  enteredIntoForceOn: (r) => partialDate(r.props, 'enteredIntoForceOn'),
  finalizedOn: (r) => partialDate(r.props, 'finalizedOn'),
  place: (r) => optionalString(r.props.place),
  legallyBinding: (r) => toEnum(r.props.legallyBinding, 'UNKNOWN'),
  status: (r) => optionalString(r.props.status) ?? 'unknown',
  summary: (r) => optionalString(r.props.summary),
  countries: async (r, _, ctx) => neighbours(ctx, r.id, ['BETWEEN'], 'OUTGOING', 'Country'),
  parties: (r, { role }, ctx) => participationsOf(ctx, r.id, 'INCOMING', role),
  technologyAreas: (r, _, ctx) => edgesOf(ctx, r.id, ['COVERS'], 'OUTGOING'),
  establishes: async (r, _, ctx) => neighbours(ctx, r.id, ['ESTABLISHES'], 'OUTGOING', 'Mechanism'),
  uses: async (r, _, ctx) => neighbours(ctx, r.id, ['USES'], 'OUTGOING', 'Mechanism'),
  relatedInstruments: async (r, args, ctx, info) => {
    const edges = await edgesOf(ctx, r.id, instrumentRelationTypes, argOrDefault(info, 'direction', args.direction));
    return edges.map((edge) => ({ edge, viewpoint: r.id }));
  },
  events: async (r, _, ctx) => neighbours(ctx, r.id, ['CONCERNS'], 'INCOMING', 'Event'),
  names: async (r, _, ctx) => neighbours(ctx, r.id, ['HAS_NAME'], 'OUTGOING', 'Name'),
  dateClaims: async (r, _, ctx) => neighbours(ctx, r.id, ['HAS_DATE_CLAIM'], 'OUTGOING', 'DateClaim'),
  edges: (r, args, ctx, info) => nodeEdges(ctx, r.id, argOrDefault(info, 'direction', args.direction)),
  evidence: (r) => evidenceOf(r.props),
  curation: (r) => curationOf(r.props),
};
