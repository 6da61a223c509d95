/** Resolvers of the analysis result types: they load the nodes their records refer to by id. */
import type {
  GraphResolvers,
  LineageResolvers,
  OverlapMatchResolvers,
  OverlapPairResolvers,
  OverlapResolvers,
  PathResolvers,
  SearchHitResolvers,
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
  node: (r, _, ctx) => requireApiNode(ctx, r.nodeId),
  matched: (r, _, ctx) => Promise.all(r.matchedIds.map((id) => requireApiNode(ctx, id))),
};

export const OverlapPair: OverlapPairResolvers = {
  a: (r, _, ctx) => requireNode(ctx, r.a, 'Instrument', 'instrument'),
  b: (r, _, ctx) => requireNode(ctx, r.b, 'Instrument', 'instrument'),
};

export const SearchHit: SearchHitResolvers = {
  kind: (r) => toEnum(r.node.label.replace(/([a-z])([A-Z])/g, '$1_$2'), 'INSTRUMENT'),
};
