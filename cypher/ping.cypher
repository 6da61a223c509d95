// A trivial read, to tell whether Neo4j answers (GET /ready).
// Parameters: none. Returns: ok (1)
RETURN 1 AS ok
