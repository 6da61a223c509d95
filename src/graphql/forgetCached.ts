/**
 * After a write, the request's DataLoaders must not answer from what they read before it: the
 * written nodes are dropped (or replaced with what was written), and every cached edge and
 * succession list is dropped, since any of them may include a written relationship.
 */
import type { NodeRecord } from '../db/records.js';
import type { Context } from '../graphql/context.js';

export function forgetCached(ctx: Context, ids: Iterable<string>, written: NodeRecord[] = []): void {
  for (const id of ids) ctx.loaders.node.clear(id);
  for (const record of written) ctx.loaders.node.clear(record.id).prime(record.id, record);
  ctx.loaders.edges.clearAll();
  ctx.loaders.successions.clearAll();
}
