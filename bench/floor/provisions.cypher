// Floor for provisions: the first $first provisions of the instrument $id in document order, with the
// total count, and on each: id, locator, position, kind, text, modality, firmness, its actors (role,
// the words naming them, the actor's kind, id and name), its topics (kind, id, name) and its evidence
// (locators and excerpts). Exactly what Kizuna's query selects (cursors aside).
// Why it is the floor: one statement that starts from the instrument (an index seek) and follows its
// HAS_PROVISION relationships only, orders the provisions once and reads actors and topics only for
// the page, with only the properties selected.
// Parameters: $id, $first. Returns one row: totalCount, provisions.
MATCH (:Instrument {id: $id})-[:HAS_PROVISION]->(p:Provision)
WITH p
ORDER BY p.order, p.id
WITH count(p) AS totalCount, collect(p)[..$first] AS page
RETURN totalCount,
  [p IN page | p { .id, .locator, .order, .kind, .text, .modality, .firmness, .evLocator, .evExcerpt,
     actors: [(p)<-[a:ACTS_IN]-(actor:Entity) |
       { role: a.role, asNamed: a.asNamed, kind: [l IN labels(actor) WHERE l <> 'Entity'][0], id: actor.id, name: actor.name }],
     topics: [(p)-[:ADDRESSES]->(t:TechnologyArea|PolicyTopic) | { kind: [l IN labels(t) WHERE l <> 'Entity'][0], id: t.id, name: t.name }] }] AS provisions
