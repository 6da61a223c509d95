// Removes seeded nodes no seed file defines any more (curator-made nodes are left alone).
// Parameters: $ids: [string]
// Returns: deleted
MATCH (n:Entity {origin: 'seed'})
WHERE NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS deleted
