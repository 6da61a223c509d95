// One revision by id (revert reads the snapshot it restores).
// Parameters: $id: string. Returns: props (no row when there is no such revision)
MATCH (r:Revision {id: $id})
RETURN properties(r) AS props
