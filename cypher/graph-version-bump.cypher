// Gives the graph a new version token; run as the last statement of every write transaction
// (src/db/createDb.ts), so the token changes exactly when a write commits. Every API instance polls
// it (graph-version) and empties its read cache when it changed. A random token, not a counter:
// seed-reset deletes the graph, and a counter that restarted could repeat a value an instance saw.
// The node is not an :Entity, so no listing, count, export, report or fingerprint sees it, and
// seed-reset (which deletes :Entity nodes) leaves it in place; the reset's own bump changes it.
// Parameters: none. Returns: token
MERGE (v:GraphVersion {id: 'graph'})
SET v.token = randomUUID(), v.changedAt = datetime()
RETURN v.token AS token
