// institution (extends cypher/nodes-by-ids.cypher)
CALL () {
// Any nodes by id, whatever their kind (the node(id) field and every typed by-id loader).
// Parameters: $ids: [string]
// Returns: id, label (the node's kind), props (all properties); ids that do not exist return no row
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
}
RETURN *, COLLECT { MATCH (n0:Entity {id: id}) RETURN {id: n0.id, label: [l IN labels(n0) WHERE l <> 'Entity'][0], props: null, steps: [{predecessors: COLLECT { MATCH (n0)<-[:RESULTING_ORGANIZATION]-(e2:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->(n1:Institution) WHERE n1 <> n0 RETURN {other: {id: n1.id, label: [l IN labels(n1) WHERE l <> 'Entity'][0], props: n1 {.id, .name}, steps: []}, event: {id: e2.id, label: [l IN labels(e2) WHERE l <> 'Entity'][0], props: e2 {.date, .dateNote, .datePrecision, .dateStatus, .dateYear, .id, .kind}, steps: []}, date: e2.date} },
 successors: COLLECT { MATCH (n0)<-[:ORIGINAL_ORGANIZATION]-(e2:ChangeEvent)-[:RESULTING_ORGANIZATION]->(n1:Institution) WHERE n1 <> n0 RETURN {other: {id: n1.id, label: [l IN labels(n1) WHERE l <> 'Entity'][0], props: n1 {.id, .name}, steps: []}, event: {id: e2.id, label: [l IN labels(e2) WHERE l <> 'Entity'][0], props: e2 {.date, .dateNote, .datePrecision, .dateStatus, .dateYear, .id, .kind}, steps: []}, date: e2.date} }}]} }[0] AS planned

// direct: instruments: not planned (no relationship selected below it, or not a planned root field)

// withPredecessors: instruments: not planned (no relationship selected below it, or not a planned root field)
