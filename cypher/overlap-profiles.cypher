// What each instrument is made of, for overlap: its technology areas, institutions and mechanisms,
// each with its lineage (areas: earlier and later areas through EVOLVED_INTO; institutions:
// predecessors and successors through change events — directed, so merger partners are not
// included), so overlap can match across eras and renamings.
// Parameters: $ids: [string] (instrument ids), $itemProps: boolean (false: items' properties are just {id},
//   for an operation that reads only their identities: the full maps were most of the answer's size)
// Returns: instrumentId, kind ('area' | 'institution' | 'mechanism'), itemId, family: [string], itemLabel, itemProps
UNWIND $ids AS id
MATCH (i:Instrument {id: id})
CALL (i) {
  MATCH (i)-[:COVERS]->(a:TechnologyArea)
  RETURN 'area' AS kind, a AS item,
         COLLECT { MATCH (a) ((x1)<-[:EVOLVED_INTO]-(x2)){0,10} (x:TechnologyArea) RETURN x.id
                   UNION MATCH (a) ((x1)-[:EVOLVED_INTO]->(x2)){1,10} (x:TechnologyArea) RETURN x.id } AS family
  UNION
  MATCH (i)<-[:PARTICIPATES_IN]-(p:Institution)
  RETURN 'institution' AS kind, p AS item,
         COLLECT { MATCH (p) ((x1)<-[:RESULTING_ORGANIZATION]-(:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->(x2)){0,10} (x:Institution) RETURN x.id
                   UNION MATCH (p) ((x1)<-[:ORIGINAL_ORGANIZATION]-(:ChangeEvent)-[:RESULTING_ORGANIZATION]->(x2)){1,10} (x:Institution) RETURN x.id } AS family
  UNION
  MATCH (i)-[:ESTABLISHES|USES]->(m:Mechanism)
  RETURN 'mechanism' AS kind, m AS item, [m.id] AS family
}
RETURN DISTINCT i.id AS instrumentId, kind, item.id AS itemId, family, [l IN labels(item) WHERE l <> 'Entity'][0] AS itemLabel,
       CASE WHEN $itemProps THEN properties(item) ELSE {id: item.id} END AS itemProps
ORDER BY instrumentId, kind, itemId
