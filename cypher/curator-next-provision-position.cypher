// Where a curator's provision goes among those of its instrument (or review): where it already is,
// when it is already one of them; else at $order when no other provision holds it (a restore or a
// revert putting it back); else after the last, so a provision added through the API never jumps
// ahead of the document's own order and two never share a position.
// Parameters: $of: string (the instrument's or event's id), $id: string (the provision's id),
//             $order: integer | null (the position it had, when it is being put back)
// Returns: position (0-based)
OPTIONAL MATCH (:Entity {id: $of})-[:HAS_PROVISION]->(p:Provision)
WITH max(p.order) AS last, collect(p) AS siblings
WITH last, [s IN siblings WHERE s.id = $id | s.order][0] AS current, [s IN siblings WHERE s.id <> $id | s.order] AS taken
RETURN CASE
  WHEN current IS NOT NULL THEN current
  WHEN $order IS NOT NULL AND NOT $order IN taken THEN $order
  ELSE coalesce(last + 1, 0)
END AS position
