/** Relay connection types: the records carry edges and flags; pageInfo and nodes derive from them. */
import type {
  InstitutionConnectionResolvers,
  InstitutionEdgeResolvers,
  InstrumentConnectionResolvers,
  InstrumentEdgeResolvers,
  TechnologyAreaConnectionResolvers,
  TechnologyAreaEdgeResolvers,
  ProvisionConnectionResolvers,
  ProvisionEdgeResolvers,
  FigureConnectionResolvers,
  FigureEdgeResolvers,
} from '../../generated/graphql.js';
import type { ConnectionRecord } from '../../model/records.js';
import type { NodeLabel } from '../../model/vocabulary.js';

/** Relay's PageInfo from a page record (forward paging; the cursors are the page's first and last). */
const pageInfo = <L extends NodeLabel>(r: ConnectionRecord<L>) => ({
  hasNextPage: r.hasNextPage,
  hasPreviousPage: r.hasPreviousPage,
  startCursor: r.edges[0]?.cursor ?? null,
  endCursor: r.edges.at(-1)?.cursor ?? null,
});

export const InstrumentConnection: InstrumentConnectionResolvers = { nodes: (r) => r.edges.map((e) => e.node), pageInfo };
export const InstitutionConnection: InstitutionConnectionResolvers = { nodes: (r) => r.edges.map((e) => e.node), pageInfo };
export const TechnologyAreaConnection: TechnologyAreaConnectionResolvers = { nodes: (r) => r.edges.map((e) => e.node), pageInfo };
export const InstrumentEdge: InstrumentEdgeResolvers = {};
export const InstitutionEdge: InstitutionEdgeResolvers = {};
export const TechnologyAreaEdge: TechnologyAreaEdgeResolvers = {};
export const ProvisionConnection: ProvisionConnectionResolvers = { nodes: (r) => r.edges.map((e) => e.node), pageInfo };
export const FigureConnection: FigureConnectionResolvers = { nodes: (r) => r.edges.map((e) => e.node), pageInfo };
export const ProvisionEdge: ProvisionEdgeResolvers = {};
export const FigureEdge: FigureEdgeResolvers = {};
