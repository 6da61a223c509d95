// Planner fragment: an institution's predecessors and successors through change events (W3C
// org:ChangeEvent), as cypher/successions-of-institutions.cypher reads them for the successions
// loader. Placeholders: {{node}} (the institution), {{other}} and {{event}} (variables),
// {{otherProjection}} and {{eventProjection}} (plan/node.cypher for each). `date` is the change's date,
// which orders them as the loader does, whether or not the operation reads the change event.
{predecessors: COLLECT { MATCH ({{node}})<-[:RESULTING_ORGANIZATION]-({{event}}:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->({{other}}:Institution) WHERE {{other}} <> {{node}} RETURN {other: {{otherProjection}}, event: {{eventProjection}}, date: {{event}}.date} },
 successors: COLLECT { MATCH ({{node}})<-[:ORIGINAL_ORGANIZATION]-({{event}}:ChangeEvent)-[:RESULTING_ORGANIZATION]->({{other}}:Institution) WHERE {{other}} <> {{node}} RETURN {other: {{otherProjection}}, event: {{eventProjection}}, date: {{event}}.date} }}
