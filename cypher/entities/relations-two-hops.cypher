// The relationships of the given entities and of all their neighbours, in one round trip:
// used when a query asks for a neighbourhood two levels deep. Same columns as relations.cypher.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)--(neighbour:Entity)
  WITH collect(DISTINCT neighbour) AS neighbours
  RETURN neighbours + e AS around
}
UNWIND around AS n
WITH DISTINCT n
MATCH (n)-[r]-(o:Entity)
RETURN n.id AS id,
  type(r) AS type,
  CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction,
  r.role AS role, r.since AS since, r.until AS until,
  o { .id, .name, .aliases, .description, .kind, .date, .dateLabel,
      type: [label IN labels(o) WHERE label IN ['Person', 'Organization', 'Place', 'Event']][0] } AS other,
  COLLECT { MATCH (s:Source) WHERE s.id IN r.sources RETURN s { .id, .title, .publisher, .url, .published } ORDER BY s.id } AS sources
ORDER BY id, type, direction, o.name
