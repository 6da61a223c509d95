/** Resolvers of the analysis result types: they load the nodes their records refer to by id. */
import type {
  GraphResolvers,
  LineageResolvers,
  OverlapMatchResolvers,
  OverlapPairResolvers,
  OverlapResolvers,
  PathResolvers,
  NodeKind,
  SearchHitResolvers,
  SearchViaResolvers,
  SuggestionResolvers,
  TimelineYearResolvers,
} from '../../generated/graphql.js';
import { loadNodes, requireApiNode, requireNode } from '../nodeAccess.js';
import { fromEnum, toEnum } from '../../model/values.js';
import { findSharedCommitments } from '../../graph/listProvisions.js';
import type { Firmness } from '../../model/vocabulary.js';
import { argOrDefault } from '../assertArgs.js';

export const Lineage: LineageResolvers = {};
export const Path: PathResolvers = { length: (r) => r.edges.length };
export const Graph: GraphResolvers = {};
export const TimelineYear: TimelineYearResolvers = {};

export const Overlap: OverlapResolvers = {
  instruments: (r, _, ctx) => loadNodes(ctx, r.instrumentIds, 'Instrument'),
  sharedCommitments: (r, args, ctx, info) =>
    findSharedCommitments(ctx.reader, r.instrumentIds, fromEnum(argOrDefault(info, 'modalityAtLeast', args.modalityAtLeast)) as Firmness),
};

export const OverlapMatch: OverlapMatchResolvers = {
  node: (r, _, ctx) => r.identities?.get(r.nodeId) ?? requireApiNode(ctx, r.nodeId),
  matched: (r, _, ctx) => Promise.all(r.matchedIds.map((id) => r.identities?.get(id) ?? requireApiNode(ctx, id))),
};

export const OverlapPair: OverlapPairResolvers = {
  a: (r, _, ctx) => requireNode(ctx, r.a, 'Instrument', 'instrument'),
  b: (r, _, ctx) => requireNode(ctx, r.b, 'Instrument', 'instrument'),
};

const kindOf = (r: { node: { label: string } }): NodeKind => toEnum(r.node.label.replace(/([a-z])([A-Z])/g, '$1_$2'), 'INSTRUMENT');

export const SearchHit: SearchHitResolvers = { kind: kindOf };

export const SearchVia: SearchViaResolvers = {
  description: (r) => `${r.relationship} ${String(r.topic.props.name ?? r.topic.id)}`,
};

// The year a suggestion is placed at: an instrument's date, an event's, a change's, or a founding or establishment.
const yearFields = ['year', 'dateYear', 'foundedYear', 'establishedYear', 'publishedYear'];

export const Suggestion: SuggestionResolvers = {
  kind: kindOf,
  title: (r) => String(r.node.props.title ?? r.node.props.name ?? r.node.id),
  year: (r) => yearFields.map((f) => r.node.props[f]).find((v): v is number => typeof v === 'number') ?? null,
};
