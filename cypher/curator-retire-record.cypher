// Leaves a tombstone for a retired record: a :Retired node (never an :Entity, nor any kind's label,
// so no read, index, listing, export, count, lineage or search sees it) holding the record's
// snapshot as JSON, which restore writes back. It also reserves the id: a new record may not take it.
// The caller has removed the record itself in the same transaction.
// Parameters: $id: string, $label: string (the record's kind), $snapshot: string (JSON), $at: string (ISO 8601), $by: string
// Returns: id
CREATE (t:Retired {id: $id, label: $label, snapshot: $snapshot, retiredAt: $at, retiredBy: $by})
RETURN t.id AS id
