// Floor for instrumentsPage: the first $first instruments between the country $country and another,
// from the year $yearFrom on, ordered by date then id, with the total count, and on each: id, title,
// date, its parties (role, institution id and name) and the areas it covers (how, id, name). Exactly
// what Kizuna's query selects (its cursors aside: a cursor is the last row's date and id).
// Why it is the floor: one statement that starts from the country (an index seek) and walks only its
// instruments, counts and orders them once, and reads parties and areas only for the page's rows,
// with only the properties selected.
// Parameters: $country, $yearFrom, $first. Returns one row: totalCount, instruments.
MATCH (:Country {id: $country})<-[:BETWEEN]-(i:Instrument)
WHERE i.year >= $yearFrom
WITH i
ORDER BY i.date, i.id
WITH count(i) AS totalCount, collect(i)[..$first] AS page
RETURN totalCount,
  [i IN page | i { .id, .title, .date,
     parties: [(i)<-[p:PARTICIPATES_IN]-(inst:Institution) | { role: p.role, id: inst.id, name: inst.name }],
     technologyAreas: [(i)-[c:COVERS]->(a:TechnologyArea|PolicyTopic) | { how: c.how, id: a.id, name: a.name }] }] AS instruments
