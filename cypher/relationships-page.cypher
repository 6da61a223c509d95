// One page of relationships between nodes, in the order of their stable ids (keyset pagination):
// the id is TYPE:from:to[:key], the same as Edge.id, so a cursor is the last id of a page.
// Parameters: $types: [string] (the relationship types to include; never empty),
//             $after: string | null (the id to start after; null for the first page),
//             $limit: integer (rows to return)
// Returns: id, type, fromId, toId, props (the relationship's properties),
//          fromLabel, fromProps, toLabel, toProps (both ends, to prime the node loader)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
WITH a, r, b, type(r) + ':' + a.id + ':' + b.id + CASE WHEN r.key IS NULL OR r.key = '' THEN '' ELSE ':' + r.key END AS id
WHERE $after IS NULL OR id > $after
WITH a, r, b, id
ORDER BY id
LIMIT toInteger($limit)
RETURN id, type(r) AS type, a.id AS fromId, b.id AS toId, properties(r) AS props,
       [l IN labels(a) WHERE l <> 'Entity'][0] AS fromLabel, properties(a) AS fromProps,
       [l IN labels(b) WHERE l <> 'Entity'][0] AS toLabel, properties(b) AS toProps
ORDER BY id
