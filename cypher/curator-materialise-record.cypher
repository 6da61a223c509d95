// Writes a record back from a snapshot (restore, revert): the node with its label and properties,
// its value nodes with their relationships, and its other relationships to nodes that exist now.
// The caller has removed whatever held the id in the same transaction.
// Parameters: $label: string, $props: map (the node's properties, id included),
//             $values: [{ type, props, label, valueProps }], $relationships: [{ type, from, to, props }]
// Returns: linked (relationships written; fewer than given when an end no longer exists)
CREATE (n:Entity)
SET n = $props
SET n:$($label)
WITH n
CALL (n) {
  UNWIND $values AS value
  CREATE (v:Entity)
  SET v = value.valueProps
  SET v:$(value.label)
  WITH n, v, value
  CREATE (n)-[r:$(value.type)]->(v)
  SET r = value.props
  RETURN count(*) AS values
}
CALL () {
  UNWIND $relationships AS rel
  MATCH (a:Entity {id: rel.from})
  MATCH (b:Entity {id: rel.to})
  CREATE (a)-[r:$(rel.type)]->(b)
  SET r = rel.props
  RETURN count(*) AS linked
}
RETURN linked
