// One breadth-first step of lineage from many frontier nodes at once. What is followed depends on
// the node's kind and on how it was reached (its mode):
//   Instrument (any mode)            → instruments it cites / builds on / implements / supersedes /
//                                      amends / commemorates / recalls / notes / welcomes / supports (UPSTREAM: outgoing; DOWNSTREAM: incoming),
//                                      its principal parties (mode 'party'), its technology areas (mode 'area')
//   Institution (root, party, succession) → predecessors (UPSTREAM) or successors (DOWNSTREAM) through
//                                      change events (mode 'succession')
//   Institution (succession)         → instruments it was a principal party to (mode 'instrument')
//   TechnologyArea (root, area, evolved) → areas it evolved from (UPSTREAM) or into (DOWNSTREAM) (mode 'evolved')
//   TechnologyArea (evolved)         → instruments covering it (mode 'instrument'); policy topics alike
//   Provision (root)                 → its instrument (mode 'instrument') and its topics (mode 'area')
// Parameters: $frontier: [{ id, mode }], $direction: 'UPSTREAM' | 'DOWNSTREAM', $roles: [string] (principal roles),
//   $nodeProps, $edgeProps: booleans; false returns only what identifies a node ({id}) or a relationship
//   ({key}, or the change event's {id}). A depth-6 lineage on the 10,000-instrument bench graph has
//   ~40,000 edges: their full properties were ~45 MB over Bolt, the identities ~8 MB (2–4× faster).
// Returns: fromId (the frontier node), nextId, nextLabel, nextProps, nextMode,
//          type, startId, endId, props (the relationship; for succession, the change event's id and properties)
UNWIND $frontier AS f
MATCH (n:Entity {id: f.id})
CALL (n, f) {
  WITH n WHERE n:Instrument
  MATCH (n)-[r:CITES|BUILDS_ON|IMPLEMENTS|SUPERSEDES|AMENDS|COMMEMORATES|RECALLS|NOTES|WELCOMES|SUPPORTS]-(m:Instrument)
  WHERE ($direction = 'UPSTREAM') = (startNode(r) = n)
  RETURN m, 'instrument' AS nextMode, type(r) AS type, startNode(r).id AS startId, endNode(r).id AS endId, CASE WHEN $edgeProps THEN properties(r) ELSE {key: r.key} END AS props
  UNION
  WITH n WHERE n:Instrument
  MATCH (n)<-[r:PARTICIPATES_IN]-(m:Institution)
  WHERE r.role IN $roles
  RETURN m, 'party' AS nextMode, type(r) AS type, m.id AS startId, n.id AS endId, CASE WHEN $edgeProps THEN properties(r) ELSE {key: r.key} END AS props
  UNION
  WITH n WHERE n:Instrument
  MATCH (n)-[r:COVERS]->(m:TechnologyArea|PolicyTopic)
  RETURN m, 'area' AS nextMode, type(r) AS type, n.id AS startId, m.id AS endId, CASE WHEN $edgeProps THEN properties(r) ELSE {key: r.key} END AS props
  UNION
  WITH n, f WHERE n:Institution AND f.mode IN ['root', 'party', 'succession'] AND $direction = 'UPSTREAM'
  MATCH (n)<-[:RESULTING_ORGANIZATION]-(ce:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->(m:Institution)
  WHERE m <> n
  RETURN m, 'succession' AS nextMode, 'SUCCEEDED_BY' AS type, m.id AS startId, n.id AS endId,
         CASE WHEN $edgeProps THEN properties(ce) ELSE {id: ce.id} END AS props
  UNION
  WITH n, f WHERE n:Institution AND f.mode IN ['root', 'party', 'succession'] AND $direction = 'DOWNSTREAM'
  MATCH (n)<-[:ORIGINAL_ORGANIZATION]-(ce:ChangeEvent)-[:RESULTING_ORGANIZATION]->(m:Institution)
  WHERE m <> n
  RETURN m, 'succession' AS nextMode, 'SUCCEEDED_BY' AS type, n.id AS startId, m.id AS endId,
         CASE WHEN $edgeProps THEN properties(ce) ELSE {id: ce.id} END AS props
  UNION
  WITH n, f WHERE n:Institution AND f.mode = 'succession'
  MATCH (n)-[r:PARTICIPATES_IN]->(m:Instrument)
  WHERE r.role IN $roles
  RETURN m, 'instrument' AS nextMode, type(r) AS type, n.id AS startId, m.id AS endId, CASE WHEN $edgeProps THEN properties(r) ELSE {key: r.key} END AS props
  UNION
  WITH n, f WHERE (n:TechnologyArea OR n:PolicyTopic) AND f.mode IN ['root', 'area', 'evolved']
  MATCH (n)-[r:EVOLVED_INTO]-(m:TechnologyArea|PolicyTopic)
  WHERE ($direction = 'UPSTREAM') = (endNode(r) = n)
  RETURN m, 'evolved' AS nextMode, type(r) AS type, startNode(r).id AS startId, endNode(r).id AS endId, CASE WHEN $edgeProps THEN properties(r) ELSE {key: r.key} END AS props
  UNION
  WITH n, f WHERE (n:TechnologyArea OR n:PolicyTopic) AND f.mode = 'evolved'
  MATCH (n)<-[r:COVERS]-(m:Instrument)
  RETURN m, 'instrument' AS nextMode, type(r) AS type, m.id AS startId, n.id AS endId, CASE WHEN $edgeProps THEN properties(r) ELSE {key: r.key} END AS props
  UNION
  // A provision starts its instrument's lineage and its topics' (either direction: it belongs to both).
  WITH n, f WHERE n:Provision AND f.mode = 'root'
  MATCH (n)<-[r:HAS_PROVISION]-(m:Instrument)
  RETURN m, 'instrument' AS nextMode, type(r) AS type, m.id AS startId, n.id AS endId, CASE WHEN $edgeProps THEN properties(r) ELSE {key: r.key} END AS props
  UNION
  WITH n, f WHERE n:Provision AND f.mode = 'root'
  MATCH (n)-[r:ADDRESSES]->(m:TechnologyArea|PolicyTopic)
  RETURN m, 'area' AS nextMode, type(r) AS type, n.id AS startId, m.id AS endId, CASE WHEN $edgeProps THEN properties(r) ELSE {key: r.key} END AS props
}
RETURN f.id AS fromId, m.id AS nextId, [l IN labels(m) WHERE l <> 'Entity'][0] AS nextLabel,
       CASE WHEN $nodeProps THEN properties(m) ELSE {id: m.id} END AS nextProps,
       nextMode, type, startId, endId, props
ORDER BY fromId, type, nextId
