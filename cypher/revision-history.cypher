// The revision history of a record or relationship, newest first: every revision whose subject it is
// or which concerns it (a relationship added to or removed from it, by either end).
// Parameters: $id: string (a record id or an Edge id), $limit: integer
// Returns: props (each revision's properties)
MATCH (r:Revision)
WHERE r.subject = $id OR $id IN r.about
RETURN properties(r) AS props
ORDER BY r.seq DESC
LIMIT toInteger($limit)
