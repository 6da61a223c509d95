// Planner fragment: the node a property names by id (a provision's statedIn source), projected by
// plan/node.cypher; an empty list when it names none. Placeholders: {{node}}, {{property}} (a
// property key from the planner's table, never client text), {{other}}, {{projection}}.
COLLECT { MATCH ({{other}}:Entity {id: {{node}}.{{property}}}) RETURN {{projection}} }
