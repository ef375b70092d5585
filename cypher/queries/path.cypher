// Shortest chain of entity relationships between two distinct entities, up to $maxHops steps.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED*..6]-(b))
WHERE length(p) <= $maxHops
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) - 1) AS i
WITH i, ns[i] AS x, ns[i + 1] AS y, rs[i] AS r
ORDER BY i
RETURN collect({
  from: x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] },
  to: y { .id, .name, .aliases, .description, .kind, .date, .dateLabel, type: [l IN labels(y) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] },
  relation: type(r),
  direction: CASE WHEN startNode(r) = x THEN 'OUT' ELSE 'IN' END,
  role: r.role,
  sources: COLLECT { MATCH (s:Source) WHERE s.id IN r.sources RETURN s { .id, .title, .publisher, .url, .published } ORDER BY s.id }
}) AS steps
