// Waits (up to 60 s) until every index is online, after cypher/schema.cypher is applied at start-up,
// so the first search does not meet a full-text index still being populated.
// Parameters: none. Returns: nothing
CALL db.awaitIndexes(60)
