// Planner fragment: a named read statement whose rows carry a node `id`, extended with what the
// operation selects below that node, in the same statement (src/graphql/plan/composeStatement.ts).
// The named statement runs unchanged inside the subquery, so its filters, order and limit stay
// reviewable in its own file; the node is found again by the id index (one seek per row).
// Placeholders: {{statement}} (the named statement's text), {{node}} (a variable), {{projection}}
// (plan/node.cypher for {{node}}). Returns: the statement's own columns, and `planned` (a map, or
// null for a row without a node, such as a listing's empty-page row).
CALL () {
{{statement}}
}
RETURN *, COLLECT { MATCH ({{node}}:Entity {id: id}) RETURN {{projection}} }[0] AS planned
