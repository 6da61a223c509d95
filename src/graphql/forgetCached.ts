/**
 * After a curator write, the request's DataLoaders must not answer from what they read before it:
 * the touched nodes are dropped (or replaced with what was written), and every cached edge and
 * succession list is dropped, since any of them may include a written relationship.
 */
import type { CurationResult } from '../curation/curationContext.js';
import type { Loaders } from './createLoaders.js';

export function forgetCached(loaders: Loaders, outcome: CurationResult<unknown>): void {
  for (const id of outcome.touched) loaders.node.clear(id);
  for (const record of outcome.written) loaders.node.clear(record.id).prime(record.id, record);
  loaders.edges.clearAll();
  loaders.successions.clearAll();
}
