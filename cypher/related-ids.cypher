// Expands ids to their lineages, for "including predecessors and successors" and "including lineage"
// filters. Directed: predecessors (and theirs) and successors (and theirs), never the partners an
// institution merged with, nor areas that merely share an ancestor.
// Parameters: $institutions [id] | null (through change events), $areas [id] | null (through EVOLVED_INTO)
// Returns: institutions [id], areas [id] (each includes the ids given)
RETURN
  CASE WHEN $institutions IS NULL THEN null ELSE
    COLLECT {
      UNWIND $institutions AS id
      MATCH (p:Institution {id: id})
      CALL (p) {
        MATCH (p) ((a)<-[:RESULTING_ORGANIZATION]-(:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->(b)){0,10} (x:Institution)
        RETURN x
        UNION
        MATCH (p) ((a)<-[:ORIGINAL_ORGANIZATION]-(:ChangeEvent)-[:RESULTING_ORGANIZATION]->(b)){1,10} (x:Institution)
        RETURN x
      }
      RETURN DISTINCT x.id
    } END AS institutions,
  CASE WHEN $areas IS NULL THEN null ELSE
    COLLECT {
      UNWIND $areas AS id
      MATCH (t:TechnologyArea {id: id})
      CALL (t) {
        MATCH (t) ((a)<-[:EVOLVED_INTO]-(b)){0,10} (x:TechnologyArea)
        RETURN x
        UNION
        MATCH (t) ((a)-[:EVOLVED_INTO]->(b)){1,10} (x:TechnologyArea)
        RETURN x
      }
      RETURN DISTINCT x.id
    } END AS areas
