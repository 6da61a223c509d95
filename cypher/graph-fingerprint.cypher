// Every node and relationship with all its properties, in a stable order, so the caller can hash
// the whole graph and prove that something changed nothing.
// Parameters: none. Returns: key (string), props (map)
CALL () {
  MATCH (n:Entity)
  RETURN 'node|' + n.id + '|' + reduce(s = '', l IN labels(n) | s + l + ',') AS key, properties(n) AS props
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  RETURN 'rel|' + type(r) + '|' + a.id + '|' + b.id + '|' + coalesce(r.key, '') AS key, properties(r) AS props
}
RETURN key, props
ORDER BY key
