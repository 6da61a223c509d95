// instrument (extends cypher/nodes-by-ids.cypher)
CALL () {
// Any nodes by id, whatever their kind (the node(id) field and every typed by-id loader).
// Parameters: $ids: [string]
// Returns: id, label (the node's kind), props (all properties); ids that do not exist return no row
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
}
RETURN *, COLLECT { MATCH (n0:Entity {id: id}) RETURN {id: n0.id, label: [l IN labels(n0) WHERE l <> 'Entity'][0], props: null, steps: [COLLECT { MATCH (n0)-[r1:HAS_PROVISION]->(n2:Entity) RETURN {type: type(r1), from: startNode(r1).id, to: endNode(r1).id, props: r1 {.key, .role}, other: {id: n2.id, label: [l IN labels(n2) WHERE l <> 'Entity'][0], props: CASE [l IN labels(n2) WHERE l <> 'Entity'][0] WHEN 'Figure' THEN n2 {.asWritten, .id, .measure, .qualifier, .unit, .value} WHEN 'Instrument' THEN n2 {.id, .shortTitle} WHEN 'Provision' THEN n2 {.firmness, .firmnessRank, .id, .kind, .locator, .modality, .order, .text} ELSE n2 {.id} END, steps: []}} }, COLLECT { MATCH (n0)<-[r3:ABOUT]-(n4:Entity) RETURN {type: type(r3), from: startNode(r3).id, to: endNode(r3).id, props: r3 {.key, .role}, other: {id: n4.id, label: [l IN labels(n4) WHERE l <> 'Entity'][0], props: CASE [l IN labels(n4) WHERE l <> 'Entity'][0] WHEN 'Figure' THEN n4 {.asWritten, .id, .measure, .qualifier, .unit, .value} WHEN 'Instrument' THEN n4 {.id, .shortTitle} WHEN 'Provision' THEN n4 {.firmness, .firmnessRank, .id, .kind, .locator, .modality, .order, .text} ELSE n4 {.id} END, steps: []}} }]} }[0] AS planned
