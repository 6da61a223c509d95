/**
 * Query.relationships: every relationship between nodes, in keyset pages ordered by stable id,
 * for systems that copy the graph. Merged into Query in ./index.ts. A page costs two concurrent
 * round trips (the page and the count); both ends of each relationship come with the page and
 * prime the node loader, so Edge.from, Edge.to and Edge.year cost nothing more.
 */
import type { QueryResolvers } from '../../generated/graphql.js';
import { badUserInput } from '../../errors.js';
import { selectRelationshipTypes } from '../../export/exportableRelationshipTypes.js';
import { countRelationships, readRelationshipPage } from '../../export/readRelationshipPages.js';
import { decodeRelationshipCursor, encodeRelationshipCursor } from '../../export/relationshipCursor.js';
import { argOrDefault } from '../assertArgs.js';
import { primeNodes } from '../createLoaders.js';

const MAX_FIRST = 100;

export const exportQueries: Pick<QueryResolvers, 'relationships'> = {
  async relationships(_, args, ctx, info) {
    const { after, types } = args;
    const first = argOrDefault(info, 'first', args.first);
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
      throw badUserInput('first', `must be from 1 to ${MAX_FIRST}, got ${first}`);
    }
    const selected = selectRelationshipTypes(types);
    const afterId = after === null || after === undefined ? null : decodeRelationshipCursor(after);
    const [rows, totalCount] = await Promise.all([
      readRelationshipPage(ctx.reader, { types: selected, after: afterId, limit: first + 1 }),
      countRelationships(ctx.reader, selected),
    ]);
    const page = rows.slice(0, first);
    primeNodes(
      ctx.loaders,
      page.flatMap((row) => [row.from, row.to]),
    );
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
      totalCount,
    };
  },
};
