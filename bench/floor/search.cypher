// Floor for search (first 20): the best hits for a text, each with its score, the name that matched
// and its id. What Kizuna's query selects, from the same indexes with the same Lucene query ($query,
// every word: src/graph/buildSearchQuery.ts) and the same exact-name lookup ($exact, entity_names):
// a name node's hit counts for its owner, exact names first, then by Lucene's score, then id;
// provisions, figures, names and date claims are not hits (as in cypher/search-entities.cypher).
// When fewer direct hits than the page holds, what covers or addresses a matched technology area or
// policy topic follows (score 0), in the topics' order, then kind and id, each node once (as Kizuna's
// src/graph/searchEntities.ts does).
// Why it is the floor: one statement that asks Lucene for only as many candidates as the page needs
// ($first × 5, against Kizuna's pool of 100 × 5 for its re-ranking) and returns only ids, scores and
// the matched name. It leaves out what Kizuna adds in TypeScript: re-ranking by how well a name
// matches (edit distance, coverage) and the any-word retry when no hit has every word; the bench's
// terms are names in the graph, so every word matches. The bench's size check compares the number
// of hits.
// Parameters: $index, $query, $exact, $first. Returns one row: hits [{id, score, matchedName}].
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, { limit: $first * 5 }) YIELD node, score
  RETURN node, score, false AS exact
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $exact, { limit: $first }) YIELD node
  RETURN node, 0.0 AS score, true AS exact
}
OPTIONAL MATCH (owner:Entity)-[:HAS_NAME]->(node:Name)
WITH coalesce(owner, node) AS hit, score, exact, CASE WHEN node:Name THEN node.value END AS name
WHERE NOT hit:Name AND NOT hit:DateClaim AND NOT hit:Provision AND NOT hit:Figure
WITH hit, max(score) AS best, any(e IN collect(exact) WHERE e) AS exact, collect(name) AS names
ORDER BY exact DESC, best DESC, hit.id
LIMIT $first
WITH collect({hit: hit, score: best, name: coalesce(head(names), hit.name, hit.title)}) AS direct
CALL (direct) {
  WITH direct WHERE size(direct) < $first
  UNWIND range(0, size(direct) - 1) AS rank
  WITH direct, rank, direct[rank].hit AS topic
  WHERE topic:TechnologyArea OR topic:PolicyTopic
  MATCH (c:Entity)-[:COVERS|ADDRESSES]->(topic)
  WHERE NOT c.id IN [d IN direct | d.hit.id]
  WITH c, min(rank) AS rank
  ORDER BY rank, [l IN labels(c) WHERE l <> 'Entity'][0], c.id
  RETURN collect(c.id) AS through
}
RETURN [d IN direct | {id: d.hit.id, score: d.score, matchedName: d.name}] +
       [id IN through | {id: id, score: 0.0, matchedName: null}][..$first - size(direct)] AS hits
