// Deletes one curator-made relationship, identified by (type, from, to, key); seeded ones are never touched.
// Parameters: $type: string, $from: string, $to: string, $key: string
// Returns: deleted (0 or 1)
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type AND r.key = $key AND r.origin = 'curator'
DELETE r
RETURN count(*) AS deleted
