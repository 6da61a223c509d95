// Provisions of different instruments on the same or related topics, for Overlap.sharedCommitments.
// Two provisions match when they address the same topic (SAME_TOPIC), topics linked by EVOLVED_INTO
// (TOPIC_LINEAGE, any depth, either direction) or one topic broader than the other (BROADER_TOPIC, any depth).
// Parameters: $ids [id] (instrument ids, in the order given), $minFirmness int (firmnessRank)
// Returns: a, instrumentA, topicA, b, instrumentB, topicB, via — a's instrument comes before b's in $ids
UNWIND range(0, size($ids) - 1) AS i
UNWIND range(0, size($ids) - 1) AS j
WITH i, j WHERE i < j
MATCH (ia:Instrument {id: $ids[i]})-[:HAS_PROVISION]->(a:Provision)-[:ADDRESSES]->(ta)
WHERE a.firmnessRank >= $minFirmness
MATCH (ib:Instrument {id: $ids[j]})-[:HAS_PROVISION]->(b:Provision)-[:ADDRESSES]->(tb)
WHERE b.firmnessRank >= $minFirmness
// Directed either way: two topics that merely share an ancestor (siblings) do not match.
WITH i, j, a, ia, ta, b, ib, tb,
     CASE WHEN ta = tb THEN 'SAME_TOPIC'
          WHEN EXISTS { (ta) ((x)-[:EVOLVED_INTO]->(y)){1,10} (tb) } OR EXISTS { (tb) ((x)-[:EVOLVED_INTO]->(y)){1,10} (ta) }
            THEN 'TOPIC_LINEAGE'
          WHEN EXISTS { (ta) ((x)-[:BROADER]->(y)){1,10} (tb) } OR EXISTS { (tb) ((x)-[:BROADER]->(y)){1,10} (ta) }
            THEN 'BROADER_TOPIC'
     END AS via
WHERE via IS NOT NULL
WITH i, j, a, ia, ta, b, ib, tb, via
ORDER BY i, j, a.order, b.order, ta.id, tb.id
RETURN a.id AS a, ia.id AS instrumentA, ta.id AS topicA, b.id AS b, ib.id AS instrumentB, tb.id AS topicB, via
