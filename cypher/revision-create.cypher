// Records one curator write as a :Revision (W3C PROV: an entity generated at a time, attributed to
// an agent, a revision of what came before). Runs in the write's own transaction, so a write that
// fails leaves no revision. Revisions are numbered by one counter node, so history orders them
// exactly even within one millisecond; neither is an :Entity, so no read of the graph sees them.
// Parameters: $subject: string (a record id or an Edge id), $about: [string] (every record id the
//             write concerns), $operation: string, $at: string (ISO 8601), $by: string, $reason: string | null,
//             $before: string | null, $after: string | null (JSON snapshots), $revertOf: string | null,
//             $notRestored: [string] (Edge ids a restore or revert could not put back)
// Returns: props (the revision's properties)
MERGE (c:RevisionCounter {id: 'revisions'})
SET c.last = coalesce(c.last, 0) + 1
WITH c.last AS seq
CREATE (r:Revision {
  id: 'rev-' + toString(seq), seq: seq, subject: $subject, about: $about, operation: $operation, at: $at, by: $by,
  reason: $reason, before: $before, after: $after, revertOf: $revertOf, notRestored: $notRestored
})
RETURN properties(r) AS props
