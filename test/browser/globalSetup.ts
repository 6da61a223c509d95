/** Builds the explorer and GraphiQL bundles before the browser tests, when missing or stale. */
import { buildExplorer } from '../../explorer/build.js';

export default async function setup(): Promise<void> {
  await buildExplorer({ ifStale: true });
}
