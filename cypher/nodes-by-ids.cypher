// Any nodes by id, whatever their kind (the node(id) field and every typed by-id loader).
// Parameters: $ids: [string]
// Returns: id, label (the node's kind), props (all properties); ids that do not exist return no row
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
