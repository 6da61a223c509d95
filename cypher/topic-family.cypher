// A technology area or policy topic with everything a topic filter should also match: narrower topics
// (BROADER, any depth) and topics linked to it by lineage (EVOLVED_INTO either way, any depth).
// Parameters: $id
// Returns: ids [id]
MATCH (t:TechnologyArea|PolicyTopic {id: $id})
RETURN COLLECT {
  MATCH (t) ((a)<-[:BROADER]-(b)){0,10} (x) RETURN x.id
  UNION MATCH (t) ((a)<-[:EVOLVED_INTO]-(b)){1,10} (x) RETURN x.id
  UNION MATCH (t) ((a)-[:EVOLVED_INTO]->(b)){1,10} (x) RETURN x.id
} AS ids
