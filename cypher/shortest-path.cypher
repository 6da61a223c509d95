// The shortest path between two nodes, in either direction along relationships, through nodes
// the API exposes (not names or date claims) and not through the relationship types in
// $excludedTypes (e.g. country membership, which would make every path two hops long).
// Only predicates on every node and relationship are allowed here: those are checked during the
// breadth-first search; any other (e.g. on length(p)) makes Neo4j fall back to an exhaustive search.
// The caller compares the length with its maxLength.
// Parameters: $from, $to (ids), $excludedTypes: [string]
// Returns: nodes: [{ id, label, props }], rels: [{ type, startId, endId, props }] (one row, or none)
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE all(n IN nodes(p) WHERE NOT n:Name AND NOT n:DateClaim AND NOT n:Source)
  AND all(r IN relationships(p) WHERE NOT type(r) IN $excludedTypes)
RETURN [n IN nodes(p) | { id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n) }] AS nodes,
       [r IN relationships(p) | { type: type(r), startId: startNode(r).id, endId: endNode(r).id, props: properties(r) }] AS rels
