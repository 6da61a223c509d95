/**
 * Query.relationships: every relationship between nodes, in keyset pages ordered by stable id,
 * for systems that copy the graph. Merged into Query in ./index.ts. A page costs two concurrent
 * round trips (the page and the count); both ends of each relationship come with the page and
 * prime the node loader, so Edge.from, Edge.to and Edge.year cost nothing more.
 */
import type { QueryResolvers } from '../../generated/graphql.js';
import { badUserInput } from '../../errors.js';
import { selectRelationshipTypes } from '../../export/exportableRelationshipTypes.js';
import { readRelationshipPage } from '../../export/readRelationshipPages.js';
import { decodeRelationshipCursor, encodeRelationshipCursor } from '../../export/relationshipCursor.js';

const MAX_FIRST = 100;

export const exportQueries: Pick<QueryResolvers, 'relationships'> = {
  async relationships(_, { first, after, types }, ctx) {
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
      throw badUserInput('first', `must be from 1 to ${MAX_FIRST}, got ${first}`);
    }
    const selected = selectRelationshipTypes(types);
    const afterId = after === null || after === undefined ? null : decodeRelationshipCursor(after);
    const [rows, counted] = await Promise.all([
      readRelationshipPage(ctx.db, { types: selected, after: afterId, limit: first + 1 }, ctx.stats),
      ctx.db.read('relationships-count', { types: selected }, ctx.stats),
    ]);
    const page = rows.slice(0, first);
    for (const row of page) {
      ctx.loaders.node.prime(row.from.id, row.from);
      ctx.loaders.node.prime(row.to.id, row.to);
    }
    const edges = page.map((row) => ({ cursor: encodeRelationshipCursor(row.id), node: row.edge }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        // Forward-only paging: Relay lets a server answer false here rather than look backwards.
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: Number(counted[0]?.count ?? 0),
    };
  },
};
