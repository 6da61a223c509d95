// Suggestions as you type: nodes with a name that starts with the typed prefix (tier 0), or with a
// word inside a name that does (tier 1; for Japanese, which has no spaces, any run of characters from
// a character on). Names only (index entity_names: nameKeys, each name normalised, and nameTails, the
// tails of each name that start a word; src/model/nameKey.ts), never summaries or provision texts. A
// Name node counts for its owner. Each node once, by its best name: lower tier, then shorter name,
// then the name, then id, so the order is total and a page is a prefix of a larger one. Lucene
// narrows the candidates ($pool, whole-name prefixes scored above word prefixes); the keys decide
// the order.
// Parameters: $query (a Lucene prefix query on both fields, e.g. 'nameKeys:department\ of\ ind*^4 OR
//             nameTails:department\ of\ ind*'), $key (the prefix's key, e.g. 'department of ind'),
//             $pool (candidates to read), $limit
// Returns: id, label, props (the owner node), tier (0 or 1), key (the matched name's key),
//          name (the Name node's value when a Name matched; null when one of the node's own names did)
CALL db.index.fulltext.queryNodes('entity_names', $query, { limit: $pool }) YIELD node
UNWIND [k IN node.nameKeys WHERE k STARTS WITH $key OR any(t IN node.nameTails WHERE t STARTS WITH $key AND k ENDS WITH t)] AS key
WITH node, key, CASE WHEN key STARTS WITH $key THEN 0 ELSE 1 END AS tier
OPTIONAL MATCH (owner:Entity)-[:HAS_NAME]->(node:Name)
WITH coalesce(owner, node) AS hit, CASE WHEN node:Name THEN node.value END AS name, key, tier
WHERE NOT hit:Name
ORDER BY tier, size(key), key, hit.id
WITH hit, head(collect({ tier: tier, key: key, name: name })) AS best
ORDER BY best.tier, size(best.key), best.key, hit.id
LIMIT $limit
RETURN hit.id AS id, [l IN labels(hit) WHERE l <> 'Entity'][0] AS label, properties(hit) AS props, best.tier AS tier, best.key AS key, best.name AS name
