// Graph invariants (src/model/graphInvariants.ts): institutional succession must stay acyclic. An institution
// succeeds another when a change event has the one as ORIGINAL_ORGANIZATION and the other as RESULTING_ORGANIZATION.
// For each succession step just written (original -> result), the shortest chain of succession steps from the
// result back to the original, i.e. the cycle the step closes. A change event naming one institution on both sides
// (a reconstitution that keeps the institution) is not a step.
// Parameters: $steps: [{from: string, to: string}] (from = original, to = result, from <> to)
// Returns: from, to, path (institution ids from `to` back to `from`); no row when no cycle is closed
UNWIND $steps AS s
MATCH (start:Institution {id: s.to}), (end:Institution {id: s.from})
WHERE start <> end
MATCH p = SHORTEST 1 (start)((a:Institution)<-[:ORIGINAL_ORGANIZATION]-(:ChangeEvent)-[:RESULTING_ORGANIZATION]->(b:Institution) WHERE a <> b)+(end)
RETURN s.from AS from, s.to AS to, [n IN nodes(p) WHERE n:Institution | n.id] AS path
ORDER BY from, to
