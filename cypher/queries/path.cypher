// Shortest chain of entity relationships between two distinct entities, up to $maxHops steps.
// A variable-length bound cannot be a parameter, so one branch per allowed $maxHops (1..6,
// checked by the resolver) runs the search with that bound: the breadth-first search then stops
// at $maxHops instead of exploring six levels through hubs and discarding longer paths.
// Both ends come as names ($from, $to: {text, strict, loose}) and are resolved here, so the
// request is one statement; when one does not name exactly one entity, no path is searched.
WITH $from AS lookup
//@include fragments/resolve-name
WITH resolved AS fromResolution, $to AS lookup
//@include fragments/resolve-name
WITH fromResolution, resolved AS toResolution
OPTIONAL MATCH (a:Entity {id: fromResolution.id})
OPTIONAL MATCH (b:Entity {id: toResolution.id})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
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
    from: @entity(x),
    to: @entity(y),
    relation: type(r),
    direction: CASE WHEN startNode(r) = x THEN 'OUT' ELSE 'IN' END,
    role: r.role,
    sources: @sourcesOf(r)
  }) AS steps
}
RETURN fromResolution, toResolution,
  @entity(a) AS fromEntity,
  @entity(b) AS toEntity,
  coalesce(steps, []) AS steps
