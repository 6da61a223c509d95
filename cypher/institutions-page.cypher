// One page of institutions, filtered, ordered by name, keyset-paginated, with the total count.
// Parameters: $kinds [string] | null, $country id | null, $ids [id] | null (e.g. full-text matches),
//             $afterKey, $afterId (last row of the previous page) | null, $limit (page size + 1)
// Returns: total, id, label, props, sortKey
MATCH (i:Institution)
WHERE ($kinds IS NULL OR i.kind IN $kinds)
  AND ($country IS NULL OR i.country = $country)
  AND ($ids IS NULL OR i.id IN $ids)
WITH i, toLower(i.name) AS sortKey
WITH collect({ i: i, k: sortKey }) AS rows
WITH rows, size(rows) AS total
// Keyset filter before UNWIND: a page past the last row still yields the one null row carrying the total.
WITH total, [row IN rows WHERE $afterId IS NULL OR row.k > $afterKey OR (row.k = $afterKey AND row.i.id > $afterId)] AS remaining
UNWIND (CASE WHEN size(remaining) = 0 THEN [null] ELSE remaining END) AS row
WITH total, row
ORDER BY row.k, row.i.id
LIMIT $limit
RETURN total, row.i.id AS id, 'Institution' AS label, properties(row.i) AS props, row.k AS sortKey
