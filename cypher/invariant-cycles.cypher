// Graph invariants (src/model/graphInvariants.ts): for each relationship just written of a type that must stay
// acyclic, the shortest chain of that same type leading back from its end to its start, i.e. the cycle it closes.
// Run inside the write transaction after the write, so relationships written together are seen together.
// Parameters: $edges: [{type: string, from: string, to: string}] (from <> to; self-relationships are refused before)
// Returns: type, from, to (the relationship), path (ids from `to` back to `from`); no row when no cycle is closed
UNWIND $edges AS e
MATCH (start:Entity {id: e.to}), (end:Entity {id: e.from})
WHERE start <> end
MATCH p = shortestPath((start)-[*1..]->(end))
WHERE all(r IN relationships(p) WHERE type(r) = e.type)
RETURN e.type AS type, e.from AS from, e.to AS to, [n IN nodes(p) | n.id] AS path
ORDER BY type, from, to
