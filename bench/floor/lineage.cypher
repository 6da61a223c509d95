// Floor for lineage (UPSTREAM, depth 6, identities only): every node reached (id) and every edge
// followed (relation, from id, to id), each once. Exactly what Kizuna's query selects, by Kizuna's
// expansion rule (cypher/lineage-step.cypher, src/graph/traceLineage.ts): what is followed from a node
// depends on its kind and on how it was reached (its mode), a node is expanded once per mode it is
// reached in, and edges between nodes already found are still reported.
// Why it is the floor: the whole breadth-first walk in one statement and one round trip. Each level
// expands only the new frontier, from the nodes in hand (no id lookup per level), and drops the
// states already expanded with one test against a list of "id|mode" strings (Neo4j answers IN on a
// list of strings by hashing; a list of maps was 20 times slower on the full graph). Edges are kept
// as the relationships themselves (a succession as its change event and two ends), deduplicated by
// identity once at the end, and only then turned into identities: no string or map per step.
// The block between "LEVEL BEGIN" and "LEVEL END" is one level. Cypher has no loop that carries state
// from one MATCH to the next, so bench/floorServer.ts repeats it 6 times (the query's maxDepth): the
// statement it runs is this text with the block unrolled.
// Parameters: $id. Returns one row: nodes (ids), edges ({relation, from, to}).
MATCH (root:Entity {id: $id})
WITH [{n: root, mode: 'root'}] AS frontier, [root.id + '|root'] AS expanded, [] AS found
// LEVEL BEGIN
CALL (frontier) {
  UNWIND frontier AS f
  WITH f.n AS n, f.mode AS mode
  CALL (n, mode) {
    WITH n WHERE n:Instrument
    MATCH (n)-[r:CITES|BUILDS_ON|IMPLEMENTS|SUPERSEDES|AMENDS|COMMEMORATES|RECALLS|NOTES|WELCOMES|SUPPORTS]->(m:Instrument)
    RETURN m, 'instrument' AS nextMode, r AS step
    UNION
    WITH n WHERE n:Instrument
    MATCH (n)<-[r:PARTICIPATES_IN]-(m:Institution)
    WHERE r.role IN ['signatory', 'party', 'participant']
    RETURN m, 'party' AS nextMode, r AS step
    UNION
    WITH n WHERE n:Instrument
    MATCH (n)-[r:COVERS]->(m:TechnologyArea|PolicyTopic)
    RETURN m, 'area' AS nextMode, r AS step
    UNION
    WITH n, mode WHERE n:Institution AND mode IN ['root', 'party', 'succession']
    MATCH (n)<-[:RESULTING_ORGANIZATION]-(ce:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->(m:Institution)
    WHERE m <> n
    RETURN m, 'succession' AS nextMode, [ce, m, n] AS step
    UNION
    WITH n, mode WHERE n:Institution AND mode = 'succession'
    MATCH (n)-[r:PARTICIPATES_IN]->(m:Instrument)
    WHERE r.role IN ['signatory', 'party', 'participant']
    RETURN m, 'instrument' AS nextMode, r AS step
    UNION
    WITH n, mode WHERE (n:TechnologyArea OR n:PolicyTopic) AND mode IN ['root', 'area', 'evolved']
    MATCH (n)<-[r:EVOLVED_INTO]-(m:TechnologyArea|PolicyTopic)
    RETURN m, 'evolved' AS nextMode, r AS step
    UNION
    WITH n, mode WHERE (n:TechnologyArea OR n:PolicyTopic) AND mode = 'evolved'
    MATCH (n)<-[r:COVERS]-(m:Instrument)
    RETURN m, 'instrument' AS nextMode, r AS step
    UNION
    WITH n, mode WHERE n:Provision AND mode = 'root'
    MATCH (n)<-[r:HAS_PROVISION]-(m:Instrument)
    RETURN m, 'instrument' AS nextMode, r AS step
    UNION
    WITH n, mode WHERE n:Provision AND mode = 'root'
    MATCH (n)-[r:ADDRESSES]->(m:TechnologyArea|PolicyTopic)
    RETURN m, 'area' AS nextMode, r AS step
  }
  RETURN collect(step) AS steps, collect(DISTINCT {n: m, mode: nextMode}) AS reached
}
WITH found + steps AS found, expanded, [x IN reached WHERE NOT (x.n.id + '|' + x.mode) IN expanded] AS frontier
WITH found, expanded + [x IN frontier | x.n.id + '|' + x.mode] AS expanded, frontier
// LEVEL END
CALL (expanded) {
  UNWIND expanded AS state
  RETURN collect(DISTINCT split(state, '|')[0]) AS nodes
}
CALL (found) {
  UNWIND found AS step
  WITH DISTINCT step
  RETURN collect(CASE WHEN step IS :: LIST<ANY> THEN {relation: 'SUCCEEDED_BY', from: step[1].id, to: step[2].id}
                      ELSE {relation: type(step), from: startNode(step).id, to: endNode(step).id} END) AS edges
}
RETURN nodes, edges
