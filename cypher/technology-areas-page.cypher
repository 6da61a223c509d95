// One page of technology areas ordered by name, keyset-paginated, with the total count.
// Parameters: $ids [id] | null (e.g. full-text matches), $afterKey, $afterId | null, $limit (page size + 1)
// Returns: total, id, label, props, sortKey
MATCH (a:TechnologyArea)
WHERE ($ids IS NULL OR a.id IN $ids)
WITH a, toLower(a.name) AS sortKey
WITH collect({ a: a, k: sortKey }) AS rows
WITH rows, size(rows) AS total
// Keyset filter before UNWIND: a page past the last row still yields the one null row carrying the total.
WITH total, [row IN rows WHERE $afterId IS NULL OR row.k > $afterKey OR (row.k = $afterKey AND row.a.id > $afterId)] AS remaining
UNWIND (CASE WHEN size(remaining) = 0 THEN [null] ELSE remaining END) AS row
WITH total, row
ORDER BY row.k, row.a.id
LIMIT $limit
RETURN total, row.a.id AS id, 'TechnologyArea' AS label, properties(row.a) AS props, row.k AS sortKey
