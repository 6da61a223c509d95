// One page of figures, filtered, ordered by what they measure, keyset-paginated, with the total count.
// Parameters: $about id | null, $units [string] | null, $source id | null (a source stating it),
//             $ids [id] | null (full-text matches),
//             $afterKey, $afterId | null, $limit (page size + 1)
// Returns: total, id, label, props, sortKey
MATCH (f:Figure)
WHERE ($units IS NULL OR f.unit IN $units)
  AND ($source IS NULL OR $source IN f.evSource)
  AND ($about IS NULL OR EXISTS { (f)-[:ABOUT]->(x) WHERE x.id = $about })
  AND ($ids IS NULL OR f.id IN $ids)
WITH f, toLower(f.measure) AS sortKey
WITH collect({ f: f, k: sortKey }) AS rows
WITH rows, size(rows) AS total
WITH total, [row IN rows WHERE $afterId IS NULL OR row.k > $afterKey OR (row.k = $afterKey AND row.f.id > $afterId)] AS remaining
UNWIND (CASE WHEN size(remaining) = 0 THEN [null] ELSE remaining END) AS row
WITH total, row
ORDER BY row.k, row.f.id
LIMIT $limit
RETURN total, row.f.id AS id, 'Figure' AS label, properties(row.f) AS props, row.k AS sortKey
