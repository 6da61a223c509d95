/** Relay connection types: the records carry edges and flags; pageInfo and nodes derive from them. */
import type { ConnectionRecord } from '../../model/records.js';

const connection = {
  nodes: (r: ConnectionRecord) => r.edges.map((e) => e.node) as never,
  pageInfo: (r: ConnectionRecord) => ({
    hasNextPage: r.hasNextPage,
    hasPreviousPage: r.hasPreviousPage,
    startCursor: r.edges[0]?.cursor ?? null,
    endCursor: r.edges[r.edges.length - 1]?.cursor ?? null,
  }),
};

export const InstrumentConnection = connection;
export const InstitutionConnection = connection;
export const TechnologyAreaConnection = connection;
export const InstrumentEdge = { node: (r: ConnectionRecord['edges'][number]) => r.node as never };
export const InstitutionEdge = InstrumentEdge;
export const TechnologyAreaEdge = InstrumentEdge;
