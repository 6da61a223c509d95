// Planner fragment: one node as the node loader will hold it (id, kind, and the properties the
// operation's resolvers read of its type: a map projection such as n {.id, .title}, properties(n),
// or null when the operation reads no field of it), and the steps the operation selects from it, in
// the order of the plan (src/graphql/plan/planSelection.ts). Placeholders: {{node}}, {{props}},
// {{steps}} (comma-separated plan/edges.cypher, plan/successions.cypher, plan/reference.cypher).
{id: {{node}}.id, label: [l IN labels({{node}}) WHERE l <> 'Entity'][0], props: {{props}}, steps: [{{steps}}]}
