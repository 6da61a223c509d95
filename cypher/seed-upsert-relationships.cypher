// Creates or updates seeded relationships, keyed by (type, from, to, key); unchanged ones are not touched.
// Parameters: $rows: [{ type, from, to, key, props, hash }], $origin
// Returns: changed, missing (rows whose endpoints do not exist)
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.from})
OPTIONAL MATCH (b:Entity {id: row.to})
WITH row, a, b
CALL (row, a, b) {
  WITH row, a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
  WITH r, row WHERE r.hash IS NULL OR r.hash <> row.hash
  SET r = row.props, r.key = row.key, r.hash = row.hash, r.origin = $origin
  RETURN count(r) AS changedHere
}
RETURN sum(changedHere) AS changed, sum(CASE WHEN a IS NULL OR b IS NULL THEN 1 ELSE 0 END) AS missing
