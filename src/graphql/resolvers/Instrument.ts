import type { InstrumentResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { edgesOf, loadNodes, neighbours, nodeEdges, participationsOf } from '../nodeAccess.js';
import { argOrDefault } from '../assertArgs.js';
import { curationOf, fromEnum, optionalString, partialDate, toEnum } from '../../model/values.js';
import { firmnessRank } from '../../graph/listProvisions.js';
import { instrumentRelations, type Firmness } from '../../model/vocabulary.js';

/** Instrument-to-instrument relations (recalls, notes, welcomes and supports may also reach events and mechanisms). */
export const instrumentRelationTypes = Object.values(instrumentRelations);

export const Instrument: InstrumentResolvers = {
  provisions: async (r, { kinds, modalityAtLeast }, ctx) => {
    const all = await neighbours(ctx, r.id, ['HAS_PROVISION'], 'OUTGOING', 'Provision');
    const wanted = kinds ? new Set(kinds.map(fromEnum)) : null;
    const min = modalityAtLeast ? firmnessRank(fromEnum(modalityAtLeast) as Firmness) : 0;
    return all
      .filter((p) => (wanted === null || wanted.has(String(p.props.kind))) && Number(p.props.firmnessRank) >= min)
      .sort((a, b) => Number(a.props.order) - Number(b.props.order));
  },
  figures: async (r, _, ctx) => neighbours(ctx, r.id, ['ABOUT'], 'INCOMING', 'Figure'),
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
    // Only links between two instruments: "welcoming the formation of" a dialogue is not one.
    const ends = await loadNodes(
      ctx,
      edges.map((e) => (e.from === r.id ? e.to : e.from)),
    );
    const instruments = new Set(ends.filter((n) => n.label === 'Instrument').map((n) => n.id));
    return edges.filter((e) => instruments.has(e.from === r.id ? e.to : e.from)).map((edge) => ({ edge, viewpoint: r.id }));
  },
  events: async (r, _, ctx) => neighbours(ctx, r.id, ['CONCERNS'], 'INCOMING', 'Event'),
  names: async (r, _, ctx) => neighbours(ctx, r.id, ['HAS_NAME'], 'OUTGOING', 'Name'),
  dateClaims: async (r, _, ctx) => neighbours(ctx, r.id, ['HAS_DATE_CLAIM'], 'OUTGOING', 'DateClaim'),
  edges: (r, args, ctx, info) => nodeEdges(ctx, r.id, argOrDefault(info, 'direction', args.direction)),
  evidence: (r) => evidenceOf(r.props),
  curation: (r) => curationOf(r.props),
};
