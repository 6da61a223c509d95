// Floor for instrumentById: the instrument (id, title, kind, date), its parties (role, institution id
// and name, each institution's predecessors through change events: id, name) and the areas it covers
// (how, area id and name, the areas each evolved from: id, name). Exactly what Kizuna's query selects.
// Why it is the floor: one statement, one index seek on the instrument's id, then only the
// relationships the answer is made of, expanded from the nodes already in hand (COLLECT subqueries),
// and only the properties selected come back (no whole property maps over Bolt).
// Parameters: $id. Returns one row: id, title, kind, date, parties, technologyAreas (no row: no such instrument).
MATCH (i:Instrument {id: $id})
RETURN i.id AS id, i.title AS title, i.kind AS kind, i.date AS date,
  COLLECT {
    MATCH (i)<-[p:PARTICIPATES_IN]-(inst:Institution)
    RETURN { role: p.role, id: inst.id, name: inst.name,
             predecessors: COLLECT {
               MATCH (inst)<-[:RESULTING_ORGANIZATION]-(:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->(pre:Institution)
               WHERE pre <> inst
               RETURN pre { .id, .name } } } AS party
  } AS parties,
  COLLECT {
    MATCH (i)-[c:COVERS]->(a:TechnologyArea|PolicyTopic)
    RETURN { how: c.how, id: a.id, name: a.name,
             evolvedFrom: COLLECT { MATCH (a)<-[:EVOLVED_INTO]-(e:TechnologyArea|PolicyTopic) RETURN e { .id, .name } } } AS area
  } AS technologyAreas
