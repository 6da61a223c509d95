// institution (extends cypher/nodes-by-ids.cypher)
CALL () {
// Any nodes by id, whatever their kind (the node(id) field and every typed by-id loader).
// Parameters: $ids: [string]
// Returns: id, label (the node's kind), props (all properties); ids that do not exist return no row
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
}
RETURN *, COLLECT { MATCH (n0:Entity {id: id}) RETURN {id: n0.id, label: [l IN labels(n0) WHERE l <> 'Entity'][0], props: null, steps: [{predecessors: COLLECT { MATCH (n0)<-[:RESULTING_ORGANIZATION]-(e2:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->(n1:Institution) WHERE n1 <> n0 RETURN {other: {id: n1.id, label: [l IN labels(n1) WHERE l <> 'Entity'][0], props: CASE [l IN labels(n1) WHERE l <> 'Entity'][0] WHEN 'ChangeEvent' THEN n1 {.date, .dateNote, .datePrecision, .dateStatus, .dateYear, .id, .kind} WHEN 'Institution' THEN n1 {.id, .name} WHEN 'Instrument' THEN n1 {.id, .shortTitle} ELSE n1 {.id} END, steps: []}, event: {id: e2.id, label: [l IN labels(e2) WHERE l <> 'Entity'][0], props: CASE [l IN labels(e2) WHERE l <> 'Entity'][0] WHEN 'ChangeEvent' THEN e2 {.date, .dateNote, .datePrecision, .dateStatus, .dateYear, .id, .kind} WHEN 'Institution' THEN e2 {.id, .name} WHEN 'Instrument' THEN e2 {.id, .shortTitle} ELSE e2 {.id} END, steps: []}, date: e2.date} },
 successors: COLLECT { MATCH (n0)<-[:ORIGINAL_ORGANIZATION]-(e2:ChangeEvent)-[:RESULTING_ORGANIZATION]->(n1:Institution) WHERE n1 <> n0 RETURN {other: {id: n1.id, label: [l IN labels(n1) WHERE l <> 'Entity'][0], props: CASE [l IN labels(n1) WHERE l <> 'Entity'][0] WHEN 'ChangeEvent' THEN n1 {.date, .dateNote, .datePrecision, .dateStatus, .dateYear, .id, .kind} WHEN 'Institution' THEN n1 {.id, .name} WHEN 'Instrument' THEN n1 {.id, .shortTitle} ELSE n1 {.id} END, steps: []}, event: {id: e2.id, label: [l IN labels(e2) WHERE l <> 'Entity'][0], props: CASE [l IN labels(e2) WHERE l <> 'Entity'][0] WHEN 'ChangeEvent' THEN e2 {.date, .dateNote, .datePrecision, .dateStatus, .dateYear, .id, .kind} WHEN 'Institution' THEN e2 {.id, .name} WHEN 'Instrument' THEN e2 {.id, .shortTitle} ELSE e2 {.id} END, steps: []}, date: e2.date} }}]} }[0] AS planned

// direct: instruments: not planned (no relationship selected below it, or not a planned root field)

// withPredecessors: instruments: not planned (no relationship selected below it, or not a planned root field)
