// search (extends cypher/search-entities.cypher)
CALL () {
// Search over every name and text a node has, in one statement: the full-text hits of $query in $index
// (entity_search_v2, standard-folding: case and accents folded; or entity_search_cjk, bigrams, for a
// text with Japanese characters), plus the exact-name lookup of $exact (a name,
// acronym, former or Japanese name equal to the text once normalised; index entity_names), so an exact name is always in
// the pool however Lucene scores it. A hit on a Name node counts for its owner, and the name is kept.
// A technology area or policy topic hit brings what covers it (instruments) or addresses it
// (provisions), for the caller to rank below the direct hits.
// Parameters: $index ('entity_search_v2' | 'entity_search_cjk'), $query (a Lucene query built by
//             src/graph/buildSearchQuery.ts from escaped terms), $exact (nameKeys: and a quoted normalised key),
//             $limit, $label (only hits of this kind, e.g. for a listing's text filter; no covering
//             nodes then) | null
// Returns: id, label, props (the owner node), score (its best full-text hit; 0 when only the exact
//          lookup found it), exact (a name equals the text), names: [{ name, score }] (Name hits),
//          covering: [{ id, label, props, type }] (COVERS / ADDRESSES, for topics; else [])
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, { limit: $limit * 5 }) YIELD node, score
  RETURN node, score, false AS exact
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $exact, { limit: $limit }) YIELD node
  RETURN node, 0.0 AS score, true AS exact
}
OPTIONAL MATCH (owner:Entity)-[:HAS_NAME]->(node:Name)
WITH coalesce(owner, node) AS hit, score, exact, CASE WHEN node:Name THEN node.value END AS name
// Provisions and figures are found through their own listings (provisions(filter: { text })); in an
// unlabelled search their long texts would crowd out the names people look for.
WHERE NOT hit:Name AND NOT hit:DateClaim
  AND (CASE WHEN $label IS NULL THEN NOT hit:Provision AND NOT hit:Figure ELSE $label IN labels(hit) END)
WITH hit, max(score) AS best, any(e IN collect(exact) WHERE e) AS exact,
     [n IN collect({ name: name, score: CASE WHEN exact THEN 1000.0 ELSE score END }) WHERE n.name IS NOT NULL] AS names
ORDER BY exact DESC, best DESC, hit.id
LIMIT $limit * 5
RETURN hit.id AS id, [l IN labels(hit) WHERE l <> 'Entity'][0] AS label, properties(hit) AS props, best AS score, exact, names,
  CASE WHEN $label IS NULL AND (hit:TechnologyArea OR hit:PolicyTopic) THEN COLLECT {
    MATCH (c:Entity)-[r:COVERS|ADDRESSES]->(hit)
    RETURN { id: c.id, label: [l IN labels(c) WHERE l <> 'Entity'][0], props: properties(c), type: type(r) } AS item
    ORDER BY item.label, item.id
    LIMIT $limit
  } ELSE [] END AS covering
}
RETURN *, COLLECT { MATCH (n0:Entity {id: id}) RETURN {id: n0.id, label: [l IN labels(n0) WHERE l <> 'Entity'][0], props: null, steps: [COLLECT { MATCH (n0)-[r1:HAS_NAME]->(n2:Entity) RETURN {type: type(r1), from: startNode(r1).id, to: endNode(r1).id, props: r1 {.key, .role}, other: {id: n2.id, label: [l IN labels(n2) WHERE l <> 'Entity'][0], props: n2 {.from, .fromNote, .fromPrecision, .fromStatus, .fromYear, .id, .kind, .to, .toNote, .toPrecision, .toStatus, .toYear, .value}, steps: []}} }]} }[0] AS planned
