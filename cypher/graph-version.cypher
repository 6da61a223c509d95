// The graph's version token (see graph-version-bump), polled by every Db with a read cache.
// '' before the first write. Without a uniqueness constraint two first writes racing could each
// create a version node; the tokens of all of them, in order, still change with every write.
// Parameters: none. Returns: token
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH v.token AS token
ORDER BY token
RETURN reduce(s = '', t IN collect(token) | s + t + ';') AS token
