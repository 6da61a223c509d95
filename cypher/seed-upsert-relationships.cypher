// Creates or updates seeded relationships, keyed by (type, from, to, key); unchanged ones are not touched.
// The existing relationship is found by expanding from its start node only (a pattern comprehension
// from `a`, filtered on its end), not by MERGE or OPTIONAL MATCH: a MERGE on a dynamic type ($(row.type)) is planned as a scan of every relationship
// in the graph for each row, which made loading quadratic (PROFILE: 1,000 rows over 1,500 existing relationships hit 1.5M rows);
// an Expand(Into) between both ends walked the larger end's relationships in the transaction
// state (a country's thousands of BETWEEN), which slowed each batch as the load grew.
// Parameters: $rows: [{ type, from, to, key, props, hash }] (no two rows with the same key), $origin
// Returns: changed, missing (rows whose endpoints do not exist)
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.from})
OPTIONAL MATCH (b:Entity {id: row.to})
WITH row, a, b
CALL (row, a, b) {
  WITH row, a, b WHERE a IS NOT NULL AND b IS NOT NULL
  WITH row, a, b, head([(a)-[e]->() WHERE endNode(e) = b AND type(e) = row.type AND e.key = row.key | e]) AS existing
  CALL (row, a, b, existing) {
    WITH row, a, b, existing WHERE existing IS NULL
    CREATE (a)-[created:$(row.type)]->(b)
    RETURN created AS r
    UNION
    WITH existing WHERE existing IS NOT NULL
    RETURN existing AS r
  }
  WITH r, row WHERE (r.hash IS NULL OR r.hash <> row.hash) AND coalesce(r.origin, $origin) = $origin
  SET r = row.props, r.key = row.key, r.hash = row.hash, r.origin = $origin
  RETURN count(r) AS changedHere
}
RETURN sum(changedHere) AS changed, sum(CASE WHEN a IS NULL OR b IS NULL THEN 1 ELSE 0 END) AS missing
