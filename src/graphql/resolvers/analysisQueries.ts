/** Query fields that analyse the graph: lineage, overlap, path, search, timeline, graph. */
import type { QueryResolvers } from '../../generated/graphql.js';
import { badUserInput, notFound } from '../../errors.js';
import { computeOverlap, type OverlapKind, type ProfileItem } from '../../graph/computeOverlap.js';
import { exploreNeighbourhood } from '../../graph/exploreNeighbourhood.js';
import { findPath } from '../../graph/findPath.js';
import { searchEntities } from '../../graph/searchEntities.js';
import { traceLineage } from '../../graph/traceLineage.js';
import { toNodeRecord } from '../createLoaders.js';
import { assertIntInRange, assertText } from '../assertArgs.js';
import { isApiNode } from '../nodeAccess.js';
import { selectedFields } from '../selectedFields.js';

const LINEAGE_ROOTS = new Set(['Instrument', 'Institution', 'TechnologyArea']);
/** Fields answerable from a node's or an edge's identity alone. */
const IDENTITY_NODE_FIELDS = new Set(['id', '__typename']);
const IDENTITY_EDGE_FIELDS = new Set(['id', 'relation', 'from', 'to', '__typename']);
const beyond = (fields: Set<string>, identity: Set<string>): boolean => [...fields].some((f) => !identity.has(f));

export const analysisQueries: QueryResolvers = {
  async lineage(_, { id, direction, maxDepth }, ctx, info) {
    const depth = assertIntInRange('maxDepth', maxDepth ?? 6, 1, 10);
    const root = await ctx.loaders.node.load(id);
    if (!isApiNode(root)) throw notFound('node', id);
    if (!LINEAGE_ROOTS.has(root.label))
      throw badUserInput('id', `lineage starts from an instrument, institution or technology area; "${id}" is a ${root.label}`);
    // Fetch properties only when the operation reads them (a large lineage is mostly properties).
    const edgeProps = beyond(selectedFields(info, ['edges']), IDENTITY_EDGE_FIELDS);
    const nodeProps =
      edgeProps || // year, qualifier and the like are described from the ends as well
      [['nodes'], ['edges', 'from'], ['edges', 'to']].some((path) => beyond(selectedFields(info, path), IDENTITY_NODE_FIELDS));
    const result = await traceLineage(ctx.db, ctx.loaders, ctx.stats, root, direction ?? 'UPSTREAM', depth, { nodeProps, edgeProps });
    return {
      root,
      direction: direction ?? 'UPSTREAM',
      nodes: result.nodes,
      edges: result.edges,
      depths: result.nodes.map((n) => result.depth.get(n.id) ?? 0),
    };
  },

  async overlap(_, { ids }, ctx) {
    const unique = [...new Set(ids)];
    if (unique.length < 2) throw badUserInput('ids', `needs at least two different instrument ids; got ${unique.length}`);
    if (unique.length > 20) throw badUserInput('ids', `takes at most 20 instruments; got ${unique.length}`);
    const records = await ctx.loaders.node.loadMany(unique);
    records.forEach((record, i) => {
      if (!record || record instanceof Error || record.label !== 'Instrument') throw notFound('instrument', unique[i] ?? '');
    });
    const rows = await ctx.db.read('overlap-profiles', { ids: unique }, ctx.stats);
    const items: ProfileItem[] = rows.map((r) => {
      const node = toNodeRecord(r.itemLabel, r.itemProps);
      ctx.loaders.node.prime(node.id, node);
      return { instrumentId: String(r.instrumentId), kind: r.kind as OverlapKind, itemId: String(r.itemId), family: r.family as string[] };
    });
    const result = computeOverlap(unique, items);
    const of = (kind: OverlapKind) => result.matches.filter((m) => m.kind === kind);
    return {
      instrumentIds: unique,
      technologyAreas: of('area'),
      institutions: of('institution'),
      mechanisms: of('mechanism'),
      score: result.score,
      pairs: result.pairs,
    };
  },

  async path(_, { from, to, maxLength }, ctx) {
    const length = assertIntInRange('maxLength', maxLength ?? 8, 1, 10);
    const [a, b] = await Promise.all([ctx.loaders.node.load(from), ctx.loaders.node.load(to)]);
    if (!isApiNode(a)) throw notFound('node', from);
    if (!isApiNode(b)) throw notFound('node', to);
    return findPath(ctx.db, ctx.loaders, ctx.stats, a, b, length);
  },

  async search(_, { text, first }, ctx) {
    const query = assertText('text', text, 200);
    const limit = assertIntInRange('first', first ?? 20, 1, 100);
    return searchEntities(ctx.db, ctx.loaders, ctx.stats, query, limit);
  },

  async timeline(_, { from, to }, ctx) {
    if (to < from) throw badUserInput('to', `must not be before from (${from}); got ${to}`);
    if (to - from >= 200) throw badUserInput('to', `the range may span at most 200 years; got ${to - from + 1}`);
    const rows = await ctx.db.read('timeline', { from, to }, ctx.stats);
    const years = new Map<
      number,
      { year: number; instruments: ReturnType<typeof toNodeRecord>[]; events: ReturnType<typeof toNodeRecord>[] }
    >();
    for (const r of rows) {
      const node = toNodeRecord(r.label, r.props);
      ctx.loaders.node.prime(node.id, node);
      const year = Number(r.year);
      const entry = years.get(year) ?? { year, instruments: [], events: [] };
      (node.label === 'Instrument' ? entry.instruments : entry.events).push(node);
      years.set(year, entry);
    }
    return [...years.values()];
  },

  async graph(_, { ids, depth }, ctx) {
    const hops = assertIntInRange('depth', depth ?? 1, 1, 3);
    if (ids.length === 0 || ids.length > 50) throw badUserInput('ids', `takes from 1 to 50 ids; got ${ids.length}`);
    const records = await ctx.loaders.node.loadMany(ids);
    records.forEach((record, i) => {
      if (!isApiNode(record instanceof Error ? null : record)) throw notFound('node', ids[i] ?? '');
    });
    return exploreNeighbourhood(ctx, ids, hops);
  },
};
