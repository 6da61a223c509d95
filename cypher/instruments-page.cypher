// One page of instruments, filtered, ordered and keyset-paginated, with the total count.
// Filters are optional (null = no filter): $kinds [string], $yearFrom, $yearTo (int; undated
// instruments are excluded when either is set), $country (id), $participants [id] (any of them
// takes part in any role), $areas [id] (covers any of them), $ids [id] (e.g. full-text matches).
// Order: $orderBy 'date' | 'title', $descending (bool); undated instruments sort last ascending.
// Keyset: $afterKey, $afterId (the last row of the previous page), $limit (page size + 1).
// Returns: total, id, label, props, sortKey (one row per instrument on the page; total repeated)
MATCH (i:Instrument)
WHERE ($kinds IS NULL OR i.kind IN $kinds)
  AND ($yearFrom IS NULL OR i.year >= $yearFrom)
  AND ($yearTo IS NULL OR i.year <= $yearTo)
  AND ($ids IS NULL OR i.id IN $ids)
  AND ($country IS NULL OR EXISTS { (i)-[:BETWEEN]->(:Country {id: $country}) })
  AND ($participants IS NULL OR EXISTS { (i)<-[:PARTICIPATES_IN]-(p:Institution) WHERE p.id IN $participants })
  AND ($areas IS NULL OR EXISTS { (i)-[:COVERS]->(a:TechnologyArea) WHERE a.id IN $areas })
WITH i, CASE $orderBy WHEN 'title' THEN toLower(i.title) ELSE coalesce(i.date, CASE WHEN $descending THEN '' ELSE '~' END) END AS sortKey
WITH collect({ i: i, k: sortKey }) AS rows
WITH rows, size(rows) AS total
// Keyset filter before UNWIND: a page past the last row still yields the one null row carrying the total.
WITH total, [row IN rows WHERE $afterId IS NULL
   OR (NOT $descending AND (row.k > $afterKey OR (row.k = $afterKey AND row.i.id > $afterId)))
   OR ($descending AND (row.k < $afterKey OR (row.k = $afterKey AND row.i.id < $afterId)))] AS remaining
UNWIND (CASE WHEN size(remaining) = 0 THEN [null] ELSE remaining END) AS row
WITH total, row
ORDER BY CASE WHEN $descending THEN null ELSE row.k END ASC, CASE WHEN $descending THEN row.k END DESC,
         CASE WHEN $descending THEN null ELSE row.i.id END ASC, CASE WHEN $descending THEN row.i.id END DESC
LIMIT $limit
RETURN total, row.i.id AS id, 'Instrument' AS label, properties(row.i) AS props, row.k AS sortKey
