// The relationships of the given entities and, in the same round trip, some of their
// neighbours': used when a query asks for a neighbourhood two levels deep. Each of $specs is
// one field of the query: `via`, the type:direction pairs it follows from the entity (e.g.
// 'MEMBER_OF:IN'), and `next`, the pairs it asks of the neighbours it reaches ('*' = all). So
// a hub next to the entity (a country and its citizens) is expanded only when asked for. A
// neighbour with none of the asked relations still answers, with one row whose type is null;
// `covered` says which pairs were loaded for the row's entity. Same closed list of types as
// relations.cypher (a hub's figure and name-key links are never expanded).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  UNWIND $specs AS spec
  MATCH (e)-[r:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED]-(neighbour:Entity)
  WHERE '*' IN spec.via OR type(r) + CASE WHEN startNode(r) = e THEN ':OUT' ELSE ':IN' END IN spec.via
  RETURN neighbour AS n, spec.next AS pairs
  UNION ALL
  RETURN e AS n, ['*'] AS pairs
}
WITH n, collect(pairs) AS asked
WITH n, reduce(all = [], pairs IN asked | all + pairs) AS pairs
WITH n, CASE WHEN '*' IN pairs OR n.id IN $ids THEN ['*'] ELSE pairs END AS pairs
OPTIONAL MATCH (n)-[r:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED]-(o:Entity)
WHERE '*' IN pairs OR type(r) + CASE WHEN startNode(r) = n THEN ':OUT' ELSE ':IN' END IN pairs
RETURN n.id AS id,
  pairs AS covered,
  CASE WHEN n.id IN $ids THEN @entity(n) END AS self,
  type(r) AS type,
  CASE WHEN r IS NULL THEN null WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction,
  r.role AS role, r.since AS since, r.until AS until,
  CASE WHEN o IS NULL THEN null ELSE @entity(o) END AS other,
  coalesce(r.sources, []) AS sourceIds
ORDER BY id, type, direction, o.name
