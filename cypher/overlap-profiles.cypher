// What each instrument is made of, for overlap: its technology areas, institutions and mechanisms,
// each with its family (areas linked by technology lineage; institutions linked by succession
// through change events), so overlap can match across eras and renamings.
// Parameters: $ids: [string] (instrument ids)
// Returns: instrumentId, kind ('area' | 'institution' | 'mechanism'), itemId, family: [string], itemLabel, itemProps
UNWIND $ids AS id
MATCH (i:Instrument {id: id})
CALL (i) {
  MATCH (i)-[:COVERS]->(a:TechnologyArea)
  RETURN 'area' AS kind, a AS item, [(a)-[:EVOLVED_INTO*0..10]-(x:TechnologyArea) | x.id] AS family
  UNION
  MATCH (i)<-[:PARTICIPATES_IN]-(p:Institution)
  RETURN 'institution' AS kind, p AS item,
         [(p)-[:ORIGINAL_ORGANIZATION|RESULTING_ORGANIZATION*0..20]-(x:Institution) | x.id] AS family
  UNION
  MATCH (i)-[:ESTABLISHES|USES]->(m:Mechanism)
  RETURN 'mechanism' AS kind, m AS item, [m.id] AS family
}
RETURN DISTINCT i.id AS instrumentId, kind, item.id AS itemId, family, [l IN labels(item) WHERE l <> 'Entity'][0] AS itemLabel,
       properties(item) AS itemProps
ORDER BY instrumentId, kind, itemId
