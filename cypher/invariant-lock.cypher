// Takes the write lock on the graph version node before a write's invariant checks
// (src/db/assertGraphInvariants.ts). Two curator writes that each add one half of a cycle
// (a → b in one, b → a in the other) would otherwise each check a graph without the other's
// uncommitted link and both commit the cycle. With the lock, the second writer checks only after
// the first has committed (or rolled back), and Neo4j's read-committed reads then see its link.
// The same node's lock is taken again by graph-version-bump at commit, so this adds no new
// lock order and cannot deadlock against it.
// Parameters: none. Returns: nothing.
MERGE (v:GraphVersion {id: 'graph'})
SET v.checkedAt = datetime()
