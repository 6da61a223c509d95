// Full-text search over every name a node has (entity_search_v2 index, standard-folding analyzer:
// case and accent insensitive). A hit on a Name node counts for its owner, and the name is kept.
// Parameters: $query (a Lucene query built by src/graph/buildSearchQuery.ts from escaped terms), $limit,
//             $label (only hits of this kind, e.g. for a listing's text filter) | null
// Returns: id, label, props (the owner node), score (its best hit), names: [{ name, score }] (Name hits)
CALL db.index.fulltext.queryNodes('entity_search_v2', $query, { limit: $limit * 5 }) YIELD node, score
OPTIONAL MATCH (owner:Entity)-[:HAS_NAME]->(node:Name)
WITH coalesce(owner, node) AS hit, score, CASE WHEN node:Name THEN node.value END AS name
// Provisions and figures are found through their own listings (provisions(filter: { text })); in an
// unlabelled search their long texts would crowd out the names people look for.
WHERE NOT hit:Name AND NOT hit:DateClaim
  AND (CASE WHEN $label IS NULL THEN NOT hit:Provision AND NOT hit:Figure ELSE $label IN labels(hit) END)
WITH hit, max(score) AS best, [n IN collect({ name: name, score: score }) WHERE n.name IS NOT NULL] AS names
RETURN hit.id AS id, [l IN labels(hit) WHERE l <> 'Entity'][0] AS label, properties(hit) AS props, best AS score, names
ORDER BY score DESC, id
LIMIT $limit * 5
