// Deletes the whole graph (every :Entity and its relationships), for `npm run seed -- --reset`.
// Parameters: none. Returns: deleted
MATCH (n:Entity)
DETACH DELETE n
RETURN count(*) AS deleted
