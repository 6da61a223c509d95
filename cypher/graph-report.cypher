// Counts per node label and relationship type, for `npm run seed -- --report` and the README.
// Parameters: none. Returns: kind ('node' | 'relationship'), name, count
CALL () {
  MATCH (n:Entity)
  UNWIND labels(n) AS name
  WITH name WHERE name <> 'Entity'
  RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name
