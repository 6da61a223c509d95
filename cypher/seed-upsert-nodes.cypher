// Creates or updates seeded nodes; a node whose content hash is unchanged is not touched, so a
// second load of the same seeds writes nothing.
// Parameters: $rows: [{ id, label, props, hash }], $origin: 'seed' | 'curator'
// Returns: changed (nodes created or updated)
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row
// A record a curator made through the API is never overwritten by a seed load (or vice versa).
WHERE (n.hash IS NULL OR n.hash <> row.hash) AND coalesce(n.origin, $origin) = $origin
SET n = row.props, n.hash = row.hash, n.origin = $origin
SET n:$(row.label)
RETURN count(n) AS changed
