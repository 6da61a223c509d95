// How many relationships between nodes have one of the given types (the totalCount of relationships).
// Parameters: $types: [string] (the relationship types to count; never empty)
// Returns: count
MATCH (:Entity)-[r]->(:Entity)
WHERE type(r) IN $types
RETURN count(r) AS count
