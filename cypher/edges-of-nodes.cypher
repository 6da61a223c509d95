// The relationships of many nodes at once, with the node at the other end (to prime the node loader).
// Parameters: $keys: [{ key: string, id: string, types: [string] (empty: all), direction: 'OUTGOING' | 'INCOMING' | 'BOTH' }]
// Returns: key, type, fromId, toId, props, otherId, otherLabel, otherProps
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})-[r]-(m:Entity)
WHERE (size(k.types) = 0 OR type(r) IN k.types)
  AND (k.direction = 'BOTH' OR (k.direction = 'OUTGOING') = (startNode(r) = n))
RETURN k.key AS key, type(r) AS type, startNode(r).id AS fromId, endNode(r).id AS toId, properties(r) AS props,
       m.id AS otherId, [l IN labels(m) WHERE l <> 'Entity'][0] AS otherLabel, properties(m) AS otherProps
ORDER BY key, type, fromId, toId, coalesce(props.key, '')
