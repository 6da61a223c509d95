// Takes the write lock on the graph version node, first in every curator write
// (src/curation/curatorTransaction.ts) and again before a write's invariant checks
// (src/db/assertGraphInvariants.ts), so curator writes run one after another:
//  - two upserts of the same new id would otherwise both read "no record" and both record a CREATE;
//  - two writes that each add one half of a cycle (a → b in one, b → a in the other) would each check
//    a graph without the other's uncommitted link and both commit the cycle.
// With the lock, the second writer reads only after the first has committed (or rolled back), and
// Neo4j's read-committed reads then see its writes. graph-version-bump takes the same node's lock at
// commit, so this adds no new lock order and cannot deadlock against it. Reads take no lock.
// Parameters: none. Returns: nothing.
MERGE (v:GraphVersion {id: 'graph'})
SET v.checkedAt = datetime()
