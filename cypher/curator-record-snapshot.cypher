// A record as it stands, for a curator write's revision history (src/curation/recordSnapshot.ts):
// the node, its value nodes (names, date claims) and every other relationship it has with the
// graph, in both directions; or the tombstone of a retired record, which holds that snapshot as JSON.
// Parameters: $id: string
// Returns: one row: label, props (null when no node has the id), values: [{ type, props, label, valueProps }],
//          relationships: [{ type, from, to, props }], retired (the tombstone's snapshot JSON, or null)
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (t:Retired {id: $id})
RETURN
  CASE WHEN n IS NULL THEN null ELSE [l IN labels(n) WHERE l <> 'Entity'][0] END AS label,
  CASE WHEN n IS NULL THEN null ELSE properties(n) END AS props,
  CASE WHEN n IS NULL THEN [] ELSE COLLECT {
    MATCH (n)-[r:HAS_NAME|HAS_DATE_CLAIM]->(v:Entity)
    WITH r, v ORDER BY v.id
    RETURN { type: type(r), props: properties(r), label: [l IN labels(v) WHERE l <> 'Entity'][0], valueProps: properties(v) }
  } END AS values,
  CASE WHEN n IS NULL THEN [] ELSE COLLECT {
    MATCH (n)-[r]-(m:Entity)
    WHERE NOT type(r) IN ['HAS_NAME', 'HAS_DATE_CLAIM']
    WITH r, startNode(r).id AS from, endNode(r).id AS to
    ORDER BY type(r), from, to, coalesce(r.key, '')
    RETURN { type: type(r), from: from, to: to, props: properties(r) }
  } END AS relationships,
  t.snapshot AS retired
