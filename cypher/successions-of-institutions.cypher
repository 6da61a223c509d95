// Predecessors and successors of many institutions through change events (W3C org:ChangeEvent).
// Parameters: $ids: [string]
// Returns: id (the institution asked), direction ('predecessor' | 'successor'), otherId, changeEventId,
//          and the other institution's and change event's properties (to prime the node loader)
UNWIND $ids AS id
MATCH (i:Institution {id: id})
CALL (i) {
  MATCH (i)<-[:RESULTING_ORGANIZATION]-(ce:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->(other:Institution)
  WHERE other <> i
  RETURN 'predecessor' AS direction, other, ce
  UNION
  MATCH (i)<-[:ORIGINAL_ORGANIZATION]-(ce:ChangeEvent)-[:RESULTING_ORGANIZATION]->(other:Institution)
  WHERE other <> i
  RETURN 'successor' AS direction, other, ce
}
RETURN id, direction, other.id AS otherId, properties(other) AS otherProps, ce.id AS changeEventId, properties(ce) AS changeEventProps
ORDER BY id, direction, coalesce(ce.date, ''), otherId
