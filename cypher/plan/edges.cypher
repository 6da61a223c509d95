// Planner fragment: a node's relationships of some types in one direction, each with the node at the
// other end projected by plan/node.cypher; what the edges loader holds for (id, types, direction),
// as cypher/edges-of-nodes.cypher returns it. Placeholders: {{pattern}} (e.g. (n0)<-[r1:COVERS]-(n1:Entity)),
// {{rel}} (the relationship variable), {{relProps}} (the properties its edge records are read for:
// r {.key, .role, …} or properties(r)), {{projection}} (plan/node.cypher for the other end).
COLLECT { MATCH {{pattern}} RETURN {type: type({{rel}}), from: startNode({{rel}}).id, to: endNode({{rel}}).id, props: {{relProps}}, other: {{projection}}} }
