// One page of nodes for the bulk exports, in id order (keyset pagination on the unique id index),
// with the values exported as their attributes: names (Name nodes) and date claims (DateClaim nodes).
// Parameters: $after: string (the id to start after; '' for the first page), $limit: integer (rows to return)
// Returns: id, label (the node's kind), props (all properties),
//          names: [props of each Name, ordered by value], dateClaims: [props of each DateClaim, ordered by field, value]
MATCH (n:Entity)
WHERE n.id > $after AND NOT n:Name AND NOT n:DateClaim
WITH n
ORDER BY n.id
LIMIT toInteger($limit)
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_NAME]->(name:Name)
  WITH name ORDER BY name.value, name.kind
  RETURN [x IN collect(name) | properties(x)] AS names
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_DATE_CLAIM]->(claim:DateClaim)
  WITH claim ORDER BY claim.field, claim.value
  RETURN [x IN collect(claim) | properties(x)] AS dateClaims
}
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props, names, dateClaims
ORDER BY id
