// technologyArea (extends cypher/nodes-by-ids.cypher)
CALL () {
// Any nodes by id, whatever their kind (the node(id) field and every typed by-id loader).
// Parameters: $ids: [string]
// Returns: id, label (the node's kind), props (all properties); ids that do not exist return no row
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
}
RETURN *, COLLECT { MATCH (n0:Entity {id: id}) RETURN {id: n0.id, label: [l IN labels(n0) WHERE l <> 'Entity'][0], props: null, steps: [COLLECT { MATCH (n0)<-[r1:COVERS]-(n2:Entity) RETURN {type: type(r1), from: startNode(r1).id, to: endNode(r1).id, props: r1 {.asNamed, .how, .id, .key, .role, .year}, other: {id: n2.id, label: [l IN labels(n2) WHERE l <> 'Entity'][0], props: CASE [l IN labels(n2) WHERE l <> 'Entity'][0] WHEN 'Instrument' THEN properties(n2) WHEN 'TechnologyArea' THEN n2 {.id, .name} ELSE n2 {.id} END, steps: []}} }, COLLECT { MATCH (n0)-[r3:EVOLVED_INTO]->(n4:Entity) RETURN {type: type(r3), from: startNode(r3).id, to: endNode(r3).id, props: r3 {.key, .role}, other: {id: n4.id, label: [l IN labels(n4) WHERE l <> 'Entity'][0], props: CASE [l IN labels(n4) WHERE l <> 'Entity'][0] WHEN 'Instrument' THEN properties(n4) WHEN 'TechnologyArea' THEN n4 {.id, .name} ELSE n4 {.id} END, steps: [COLLECT { MATCH (n4)<-[r5:COVERS]-(n6:Entity) RETURN {type: type(r5), from: startNode(r5).id, to: endNode(r5).id, props: r5 {.asNamed, .how, .id, .key, .role, .year}, other: {id: n6.id, label: [l IN labels(n6) WHERE l <> 'Entity'][0], props: CASE [l IN labels(n6) WHERE l <> 'Entity'][0] WHEN 'Instrument' THEN properties(n6) WHEN 'TechnologyArea' THEN n6 {.id, .name} ELSE n6 {.id} END, steps: []}} }]}} }]} }[0] AS planned

// instrumentsAcrossEras: instruments: not planned (no relationship selected below it, or not a planned root field)
