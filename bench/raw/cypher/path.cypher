// Shortest chain of entity relationships, at most 4 steps; no row when there is none.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED*..4]-(b))
UNWIND range(0, length(p) - 1) AS i
WITH i, nodes(p)[i] AS x, nodes(p)[i + 1] AS y, relationships(p)[i] AS r
ORDER BY i
RETURN collect({
  relation: type(r),
  direction: CASE WHEN startNode(r) = x THEN 'OUT' ELSE 'IN' END,
  role: r.role,
  from: x { .id, .name },
  to: y { .id, .name }
}) AS steps
