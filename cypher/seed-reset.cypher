// Deletes the whole graph (every :Entity and its relationships), for `npm run seed -- --reset`, with
// the curator history that described it: retired records' tombstones and the revisions.
// Parameters: none. Returns: deleted (:Entity nodes deleted)
OPTIONAL MATCH (h:Retired|Revision|RevisionCounter)
DETACH DELETE h
WITH count(h) AS history
MATCH (n:Entity)
DETACH DELETE n
RETURN count(*) AS deleted
