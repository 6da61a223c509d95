// provisions (extends cypher/provisions-page.cypher)
CALL () {
// One page of provisions, filtered, in instrument then document order, keyset-paginated, with the total count.
// Parameters: $instrument id | null, $kinds [string] | null, $topics [id] | null (a topic with its narrower
//             and lineage-related topics, expanded by the caller), $actor id | null, $minFirmness int | null
//             (firmnessRank: 0 none … 5 firm), $ids [id] | null (full-text matches),
//             $afterKey, $afterId | null, $limit (page size + 1)
// Returns: total, id, label, props, sortKey
// With an instrument, start from it (an index seek): a filter on an unlabelled owner's id scans every provision.
CALL () {
  WITH 1 AS one WHERE $instrument IS NOT NULL
  MATCH (owner:Instrument {id: $instrument})-[:HAS_PROVISION]->(p:Provision)
  RETURN owner, p
  UNION
  WITH 1 AS one WHERE $instrument IS NULL
  MATCH (owner)-[:HAS_PROVISION]->(p:Provision)
  RETURN owner, p
}
WITH owner, p
WHERE ($kinds IS NULL OR p.kind IN $kinds)
  AND ($minFirmness IS NULL OR p.firmnessRank >= $minFirmness)
  AND ($ids IS NULL OR p.id IN $ids)
  AND ($topics IS NULL OR EXISTS { (p)-[:ADDRESSES]->(t) WHERE t.id IN $topics })
  AND ($actor IS NULL OR EXISTS { (p)<-[:ACTS_IN]-(a) WHERE a.id = $actor })
// Document order within an instrument: its id, then the provision's position, zero-padded so keys sort as text.
WITH p, owner.id + '|' + right('00000' + toString(p.order), 6) AS sortKey
WITH collect({ p: p, k: sortKey }) AS rows
WITH rows, size(rows) AS total
WITH total, [row IN rows WHERE $afterId IS NULL OR row.k > $afterKey OR (row.k = $afterKey AND row.p.id > $afterId)] AS remaining
UNWIND (CASE WHEN size(remaining) = 0 THEN [null] ELSE remaining END) AS row
WITH total, row
ORDER BY row.k, row.p.id
LIMIT $limit
RETURN total, row.p.id AS id, 'Provision' AS label, properties(row.p) AS props, row.k AS sortKey
}
RETURN *, COLLECT { MATCH (n0:Entity {id: id}) RETURN {id: n0.id, label: [l IN labels(n0) WHERE l <> 'Entity'][0], props: null, steps: [COLLECT { MATCH (n0)<-[r1:ACTS_IN]-(n2:Entity) RETURN {type: type(r1), from: startNode(r1).id, to: endNode(r1).id, props: r1 {.asNamed, .id, .key, .role}, other: {id: n2.id, label: [l IN labels(n2) WHERE l <> 'Entity'][0], props: CASE [l IN labels(n2) WHERE l <> 'Entity'][0] WHEN 'ChangeEvent' THEN n2 {.id} WHEN 'Country' THEN n2 {.id} WHEN 'Event' THEN n2 {.id} WHEN 'Figure' THEN n2 {.id} WHEN 'Institution' THEN n2 {.id} WHEN 'Instrument' THEN n2 {.id} WHEN 'Mechanism' THEN n2 {.id} WHEN 'Person' THEN n2 {.id} WHEN 'PolicyTopic' THEN n2 {.id} WHEN 'Post' THEN n2 {.id} WHEN 'Provision' THEN n2 {.evExcerpt, .evLocator, .evNote, .evSource, .firmness, .id, .leadIn, .locator, .modality, .text, .verb} WHEN 'Source' THEN n2 {.id, .title} WHEN 'TechnologyArea' THEN n2 {.id} ELSE n2 {.id} END, steps: []}} }]} }[0] AS planned
