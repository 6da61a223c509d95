// institution (extends cypher/nodes-by-ids.cypher)
CALL () {
// Any nodes by id, whatever their kind (the node(id) field and every typed by-id loader).
// Parameters: $ids: [string]
// Returns: id, label (the node's kind), props (all properties); ids that do not exist return no row
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
}
RETURN *, COLLECT { MATCH (n0:Entity {id: id}) RETURN {id: n0.id, label: [l IN labels(n0) WHERE l <> 'Entity'][0], props: null, steps: [COLLECT { MATCH (n0)-[r1:PARTICIPATES_IN]->(n2:Entity) RETURN {type: type(r1), from: startNode(r1).id, to: endNode(r1).id, props: r1 {.asNamed, .id, .key, .role}, other: {id: n2.id, label: [l IN labels(n2) WHERE l <> 'Entity'][0], props: CASE [l IN labels(n2) WHERE l <> 'Entity'][0] WHEN 'Event' THEN n2 {.id, .name} WHEN 'Institution' THEN n2 {.id, .name} WHEN 'Instrument' THEN properties(n2) WHEN 'Mechanism' THEN n2 {.id, .name} ELSE n2 {.id} END, steps: []}} }]} }[0] AS planned

// instruments: not planned (no relationship selected below it, or not a planned root field)
