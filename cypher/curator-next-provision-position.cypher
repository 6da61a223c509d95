// Where a curator's provision goes among those of its instrument (or review): where it already is,
// when it is already one of them; otherwise after the last, so a provision added through the API
// never jumps ahead of the document's own order.
// Parameters: $of: string (the instrument's or event's id), $id: string (the provision's id)
// Returns: position (0-based)
OPTIONAL MATCH (:Entity {id: $of})-[:HAS_PROVISION]->(p:Provision)
WITH max(p.order) AS last, collect(p) AS siblings
RETURN coalesce([s IN siblings WHERE s.id = $id | s.order][0], coalesce(last + 1, 0)) AS position
