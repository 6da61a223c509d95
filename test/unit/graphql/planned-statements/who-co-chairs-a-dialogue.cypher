// mechanism (extends cypher/nodes-by-ids.cypher)
CALL () {
// Any nodes by id, whatever their kind (the node(id) field and every typed by-id loader).
// Parameters: $ids: [string]
// Returns: id, label (the node's kind), props (all properties); ids that do not exist return no row
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
}
RETURN *, COLLECT { MATCH (n0:Entity {id: id}) RETURN {id: n0.id, label: [l IN labels(n0) WHERE l <> 'Entity'][0], props: null, steps: [COLLECT { MATCH (n0)<-[r1:PARTICIPATES_IN]-(n2:Entity) RETURN {type: type(r1), from: startNode(r1).id, to: endNode(r1).id, props: properties(r1), other: {id: n2.id, label: [l IN labels(n2) WHERE l <> 'Entity'][0], props: n2 {.frequency, .id, .kind, .name, .postInNote, .rank, .shortTitle, .title}, steps: [COLLECT { MATCH (n2)-[r3:POST_IN]->(n4:Entity) RETURN {type: type(r3), from: startNode(r3).id, to: endNode(r3).id, props: r3 {.key, .role}, other: {id: n4.id, label: [l IN labels(n4) WHERE l <> 'Entity'][0], props: n4 {.id, .name}, steps: []}} }]}} }, COLLECT { MATCH (n0)<-[r5:ESTABLISHES]-(n6:Entity) RETURN {type: type(r5), from: startNode(r5).id, to: endNode(r5).id, props: r5 {.key, .role}, other: {id: n6.id, label: [l IN labels(n6) WHERE l <> 'Entity'][0], props: n6 {.id, .shortTitle}, steps: []}} }, COLLECT { MATCH (n0)<-[r7:USES]-(n8:Entity) RETURN {type: type(r7), from: startNode(r7).id, to: endNode(r7).id, props: r7 {.key, .role}, other: {id: n8.id, label: [l IN labels(n8) WHERE l <> 'Entity'][0], props: n8 {.id, .shortTitle}, steps: []}} }]} }[0] AS planned
