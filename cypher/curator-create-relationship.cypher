// Writes one relationship back from a snapshot (revert of a relationship write), between nodes that exist.
// Parameters: $type: string, $from: string, $to: string, $props: map (key and origin included)
// Returns: created (0 when an end no longer exists)
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  CREATE (a)-[r:$($type)]->(b)
  SET r = $props
  RETURN count(r) AS created
}
RETURN created
