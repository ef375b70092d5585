// Shortest chain of entity relationships between two distinct entities, up to $maxHops steps.
// A variable-length bound cannot be a parameter, so one branch per allowed $maxHops (1..6,
// checked by the resolver) runs the search with that bound: the breadth-first search then stops
// at $maxHops instead of exploring six levels through hubs and discarding longer paths.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = shortestPath((a)-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED*..1]-(b))
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 2
  MATCH p = shortestPath((a)-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED*..2]-(b))
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 3
  MATCH p = shortestPath((a)-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED*..3]-(b))
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 4
  MATCH p = shortestPath((a)-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED*..4]-(b))
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 5
  MATCH p = shortestPath((a)-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED*..5]-(b))
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 6
  MATCH p = shortestPath((a)-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED*..6]-(b))
  RETURN p
}
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) - 1) AS i
WITH i, ns[i] AS x, ns[i + 1] AS y, rs[i] AS r
ORDER BY i
RETURN collect({
  from: x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] },
  to: y { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(y) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] },
  relation: type(r),
  direction: CASE WHEN startNode(r) = x THEN 'OUT' ELSE 'IN' END,
  role: r.role,
  sources: COLLECT { MATCH (s:Source) WHERE s.id IN r.sources RETURN s { .id, .title, .publisher, .url, .published } ORDER BY s.id }
}) AS steps
