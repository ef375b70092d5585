// The relationships of the given entities and of all their neighbours, in one round trip:
// used when a query asks for a neighbourhood two levels deep. Same columns as relations.cypher,
// and the same closed list of types (so a hub's figure and name-key links are not expanded).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED]-(neighbour:Entity)
  WITH collect(DISTINCT neighbour) AS neighbours
  RETURN neighbours + e AS around
}
UNWIND around AS n
WITH DISTINCT n
MATCH (n)-[r:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED]-(o:Entity)
RETURN n.id AS id,
  type(r) AS type,
  CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction,
  r.role AS role, r.since AS since, r.until AS until,
  o { .id, .name, .aliases, .description, .kind, .date, .dateLabel,
      type: [label IN labels(o) WHERE label IN ['Person', 'Organization', 'Place', 'Event']][0] } AS other,
  COLLECT { MATCH (s:Source) WHERE s.id IN r.sources RETURN s { .id, .title, .publisher, .url, .published } ORDER BY s.id } AS sources
ORDER BY id, type, direction, o.name
