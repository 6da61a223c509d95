// Removes seeded relationships no seed file defines any more.
// Parameters: $keys: [string] as "TYPE|from|to|key"
// Returns: deleted
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.origin = 'seed' AND NOT (type(r) + '|' + a.id + '|' + b.id + '|' + r.key) IN $keys
DELETE r
RETURN count(*) AS deleted
