// Removes a curator-made record from the graph entirely: its node, its value nodes (names, date
// claims), every relationship they have, and its tombstone if it is retired. The caller has read
// the record's snapshot in the same transaction and checked it is curator-made.
// Parameters: $id: string
// Returns: deleted (nodes deleted, tombstone included)
OPTIONAL MATCH (n:Entity {id: $id, origin: 'curator'})
OPTIONAL MATCH (n)-[:HAS_NAME|HAS_DATE_CLAIM]->(v:Entity)
OPTIONAL MATCH (t:Retired {id: $id})
WITH collect(DISTINCT n) + collect(DISTINCT v) + collect(DISTINCT t) AS gone
FOREACH (g IN gone | DETACH DELETE g)
RETURN size(gone) AS deleted
