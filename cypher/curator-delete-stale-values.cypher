// Removes the curator-made names and date claims of a node that its new version no longer lists,
// so an update replaces them instead of piling up old ones.
// Parameters: $owner: string (the node's id), $keep: [string] (ids of the value nodes it lists now)
// Returns: deleted
MATCH (:Entity {id: $owner})-[:HAS_NAME|HAS_DATE_CLAIM]->(v:Entity {origin: 'curator'})
WHERE NOT v.id IN $keep
DETACH DELETE v
RETURN count(*) AS deleted
