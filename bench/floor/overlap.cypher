// Floor for overlap of two instruments ($a, $b): the n-way Jaccard score and the matched technology
// areas, institutions and mechanisms, each with how it matched (via) and the node it is named after.
// Exactly what Kizuna's query selects, by Kizuna's rules (src/graph/computeOverlap.ts): each
// instrument's items with their lineage families (cypher/overlap-profiles.cypher), the items present
// grouped wherever one is in the other's family (union-find; here, propagating the least key of a
// group, as many rounds as there are items), a group shared by both is a match (SAME per common item,
// plus a lineage match when both also have other items in it; otherwise one lineage match named
// after the first instrument's first item), score = shared groups / all groups.
// Why it is the floor: profiles, grouping and scoring in one statement and one round trip; only ids
// and the answer come back (no property maps, no profile rows for the client to score).
// Parameters: $a, $b. Returns one row: score, technologyAreas, institutions, mechanisms ([{via, id}]).
UNWIND [$a, $b] AS instrumentId
MATCH (i:Instrument {id: instrumentId})
CALL (i) {
  MATCH (i)-[:COVERS]->(a:TechnologyArea)
  RETURN 'area' AS kind, a.id AS item,
         COLLECT { MATCH (a) ((x1)<-[:EVOLVED_INTO]-(x2)){0,10} (x:TechnologyArea) RETURN x.id
                   UNION MATCH (a) ((x1)-[:EVOLVED_INTO]->(x2)){1,10} (x:TechnologyArea) RETURN x.id } AS family
  UNION
  MATCH (i)<-[:PARTICIPATES_IN]-(p:Institution)
  RETURN 'institution' AS kind, p.id AS item,
         COLLECT { MATCH (p) ((x1)<-[:RESULTING_ORGANIZATION]-(:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->(x2)){0,10} (x:Institution) RETURN x.id
                   UNION MATCH (p) ((x1)<-[:ORIGINAL_ORGANIZATION]-(:ChangeEvent)-[:RESULTING_ORGANIZATION]->(x2)){1,10} (x:Institution) RETURN x.id } AS family
  UNION
  MATCH (i)-[:ESTABLISHES|USES]->(m:Mechanism)
  RETURN 'mechanism' AS kind, m.id AS item, [m.id] AS family
}
WITH kind, item, family, collect(DISTINCT instrumentId) AS holders
ORDER BY kind, item
WITH collect({kind: kind, item: item, family: family, holders: holders}) AS items
WITH items, range(0, size(items) - 1) AS ix
// Neighbours: items of the same kind where one is in the other's family.
WITH items, ix,
     [x IN items | [j IN ix WHERE items[j].kind = x.kind AND (items[j].item IN x.family OR x.item IN items[j].family) | j]] AS adjacent
// Each item's group: the least key reachable, propagated once per item (enough for any chain).
WITH items, ix, reduce(rep = [x IN items | x.kind + ':' + x.item], pass IN ix |
       [i IN ix | reduce(least = rep[i], j IN adjacent[i] | CASE WHEN rep[j] < least THEN rep[j] ELSE least END)]) AS rep
WITH items, ix, rep,
     reduce(groups = [], g IN rep | CASE WHEN g IN groups THEN groups ELSE groups + g END) AS groups
WITH items, ix, rep, groups,
     [g IN groups WHERE any(i IN ix WHERE rep[i] = g AND $a IN items[i].holders)
                    AND any(i IN ix WHERE rep[i] = g AND $b IN items[i].holders)] AS shared
WITH CASE WHEN size(groups) = 0 THEN 0.0 ELSE toFloat(size(shared)) / size(groups) END AS score,
     [g IN shared | {
        a: [i IN ix WHERE rep[i] = g AND $a IN items[i].holders | items[i]],
        b: [i IN ix WHERE rep[i] = g AND $b IN items[i].holders | items[i].item]
     }] AS sharedGroups
WITH score, [s IN sharedGroups | {
        kind: s.a[0].kind, a: [x IN s.a | x.item], b: s.b, common: [x IN s.a WHERE x.item IN s.b | x.item]
     }] AS sharedGroups
WITH score, reduce(matches = [], s IN sharedGroups | matches +
       CASE WHEN size(s.common) > 0
         THEN [id IN s.common | {kind: s.kind, via: 'SAME', id: id}] +
              CASE WHEN any(x IN s.a WHERE NOT x IN s.common) AND any(x IN s.b WHERE NOT x IN s.common)
                THEN [{kind: s.kind, via: CASE s.kind WHEN 'institution' THEN 'SUCCESSION' ELSE 'TECHNOLOGY_LINEAGE' END,
                       id: [x IN s.a WHERE NOT x IN s.common][0]}]
                ELSE [] END
         ELSE [{kind: s.kind, via: CASE s.kind WHEN 'institution' THEN 'SUCCESSION' WHEN 'area' THEN 'TECHNOLOGY_LINEAGE' ELSE 'SAME' END,
                id: s.a[0]}]
       END) AS matches
RETURN score,
       [m IN matches WHERE m.kind = 'area' | m { .via, .id }] AS technologyAreas,
       [m IN matches WHERE m.kind = 'institution' | m { .via, .id }] AS institutions,
       [m IN matches WHERE m.kind = 'mechanism' | m { .via, .id }] AS mechanisms
