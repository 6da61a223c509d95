// Dated instruments and events between two years, for timeline(from, to).
// Parameters: $from, $to (years, inclusive)
// Returns: year, id, label, props (ordered by year, then date, then id)
CALL () {
  MATCH (i:Instrument) WHERE i.year >= $from AND i.year <= $to
  RETURN i.year AS year, i.date AS date, i AS n
  UNION ALL
  MATCH (e:Event) WHERE e.dateYear >= $from AND e.dateYear <= $to
  RETURN e.dateYear AS year, e.date AS date, e AS n
}
RETURN year, n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
ORDER BY year, date, id
