// Expands ids to their families, for "including predecessors and successors" and "including lineage" filters.
// Parameters: $institutions [id] | null (expanded through change events), $areas [id] | null (through EVOLVED_INTO)
// Returns: institutions [id], areas [id] (each includes the ids given)
RETURN
  CASE WHEN $institutions IS NULL THEN null ELSE
    COLLECT { UNWIND $institutions AS id MATCH (p:Institution {id: id})-[:ORIGINAL_ORGANIZATION|RESULTING_ORGANIZATION*0..20]-(x:Institution) RETURN DISTINCT x.id } END AS institutions,
  CASE WHEN $areas IS NULL THEN null ELSE
    COLLECT { UNWIND $areas AS id MATCH (a:TechnologyArea {id: id})-[:EVOLVED_INTO*0..10]-(x:TechnologyArea) RETURN DISTINCT x.id } END AS areas
