/** Query fields that analyse the graph: lineage, overlap, path, search, suggest, timeline, graph. */
import { badUserInput } from '../../errors.js';
import type { OverlapMatchRecord } from '../../model/records.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import { compareInstruments } from '../../graph/compareInstruments.js';
import { exploreNeighbourhood } from '../../graph/exploreNeighbourhood.js';
import { findPath } from '../../graph/findPath.js';
import { readTimeline } from '../../graph/readTimeline.js';
import { searchEntities } from '../../graph/searchEntities.js';
import { suggestNames } from '../../graph/suggestNames.js';
import { traceLineage } from '../../graph/traceLineage.js';
import { argOrDefault, assertIntInRange, assertText } from '../assertArgs.js';
import { primeNodes } from '../createLoaders.js';
import { requireApiNode, requireNodes } from '../nodeAccess.js';
import { selectedFields } from '../selectedFields.js';
import { plannedReader } from '../plan/plannedReads.js';

const LINEAGE_ROOTS = new Set(['Instrument', 'Institution', 'TechnologyArea', 'PolicyTopic', 'Provision']);
/** Fields answerable from a node's or an edge's identity alone. */
const IDENTITY_NODE_FIELDS = new Set(['id', '__typename']);
const IDENTITY_EDGE_FIELDS = new Set(['id', 'relation', 'from', 'to', '__typename']);
const beyond = (fields: Set<string>, identity: Set<string>): boolean => [...fields].some((f) => !identity.has(f));

export const analysisQueries: QueryResolvers = {
  async lineage(_, args, ctx, info) {
    const depth = assertIntInRange('maxDepth', argOrDefault(info, 'maxDepth', args.maxDepth), 1, 10);
    const direction = argOrDefault(info, 'direction', args.direction);
    const root = await requireApiNode(ctx, args.id);
    if (!LINEAGE_ROOTS.has(root.label))
      throw badUserInput(
        'id',
        `lineage starts from an instrument, institution, technology area, policy topic or provision; "${args.id}" is a ${root.label}`,
      );
    // Fetch properties only when the operation reads them (a large lineage is mostly properties).
    const edgeProps = beyond(selectedFields(info, ['edges']), IDENTITY_EDGE_FIELDS);
    const nodeProps =
      edgeProps || // year, qualifier and the like are described from the ends as well
      [['nodes'], ['edges', 'from'], ['edges', 'to']].some((path) => beyond(selectedFields(info, path), IDENTITY_NODE_FIELDS));
    const result = await traceLineage(ctx.reader, root, direction, depth, { nodeProps, edgeProps });
    // Identity-only records must never answer another field through the node loader.
    if (nodeProps) primeNodes(ctx.loaders, result.nodes);
    return { root, direction, nodes: result.nodes, edges: result.edges, depths: result.nodes.map((n) => result.depth.get(n.id) ?? 0) };
  },

  async overlap(_, { ids }, ctx, info) {
    const unique = [...new Set(ids)];
    if (unique.length < 2) throw badUserInput('ids', `needs at least two different instrument ids; got ${unique.length}`);
    if (unique.length > 20) throw badUserInput('ids', `takes at most 20 instruments; got ${unique.length}`);
    // Items' properties only when the operation reads more than their identities.
    const itemProps = ['technologyAreas', 'institutions', 'mechanisms'].some((kind) =>
      ['node', 'matched'].some((field) => beyond(selectedFields(info, [kind, field]), IDENTITY_NODE_FIELDS)),
    );
    const { overlap, items, profiled } = await compareInstruments(ctx.reader, unique, itemProps);
    // An instrument with a profile exists; only the others (missing, or with nothing to compare) need a check.
    await requireNodes(
      ctx,
      unique.filter((id) => !profiled.has(id)),
      'Instrument',
      'instrument',
    );
    if (itemProps) {
      primeNodes(ctx.loaders, items);
      return overlap;
    }
    // Identity-only records must never answer another field through the node loader.
    const identities = new Map(items.map((item) => [item.id, item]));
    const withIdentities = (matches: OverlapMatchRecord[]) => matches.map((m) => ({ ...m, identities }));
    return {
      ...overlap,
      technologyAreas: withIdentities(overlap.technologyAreas),
      institutions: withIdentities(overlap.institutions),
      mechanisms: withIdentities(overlap.mechanisms),
    };
  },

  async path(_, args, ctx, info) {
    const length = assertIntInRange('maxLength', argOrDefault(info, 'maxLength', args.maxLength), 1, 10);
    const [a, b] = await Promise.all([requireApiNode(ctx, args.from), requireApiNode(ctx, args.to)]);
    const path = await findPath(ctx.reader, a, b, length);
    if (path) primeNodes(ctx.loaders, path.nodes);
    return path;
  },

  async search(_, args, ctx, info) {
    const query = assertText('text', args.text, 300);
    const limit = assertIntInRange('first', argOrDefault(info, 'first', args.first), 1, 100);
    const hits = await searchEntities(plannedReader(ctx, info), query, limit);
    primeNodes(
      ctx.loaders,
      hits.map((h) => h.node),
    );
    return hits;
  },

  async suggest(_, args, ctx, info) {
    const prefix = assertText('prefix', args.prefix, 100);
    const limit = assertIntInRange('first', argOrDefault(info, 'first', args.first), 1, 20);
    const suggestions = await suggestNames(ctx.reader, prefix, limit);
    primeNodes(
      ctx.loaders,
      suggestions.map((s) => s.node),
    );
    return suggestions;
  },

  async timeline(_, { from, to }, ctx) {
    if (to < from) throw badUserInput('to', `must not be before from (${from}); got ${to}`);
    if (to - from >= 200) throw badUserInput('to', `the range may span at most 200 years; got ${to - from + 1}`);
    const years = await readTimeline(ctx.reader, from, to);
    for (const year of years) primeNodes(ctx.loaders, [...year.instruments, ...year.events]);
    return years;
  },

  async graph(_, args, ctx, info) {
    const hops = assertIntInRange('depth', argOrDefault(info, 'depth', args.depth), 1, 3);
    if (args.ids.length === 0 || args.ids.length > 50) throw badUserInput('ids', `takes from 1 to 50 ids; got ${args.ids.length}`);
    const start = await Promise.all(args.ids.map((id) => requireApiNode(ctx, id)));
    const graph = await exploreNeighbourhood(ctx.reader, start, hops);
    primeNodes(ctx.loaders, graph.nodes);
    return graph;
  },
};
