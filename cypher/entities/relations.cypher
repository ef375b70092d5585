// Every relationship between entities of the given entities, both directions, with the
// other end and the ids of its sources (the server loads those in one batch, and only when
// asked), in one round trip. The types are the closed list of src/ingest/bundleSchema.ts (the
// RelationType enum): naming them keeps Neo4j from expanding an entity's figure, source and
// name-key relationships, which a hub has by the thousand.
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED]-(o:Entity)
RETURN id,
  type(r) AS type,
  CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction,
  r.role AS role, r.since AS since, r.until AS until,
  @entity(o) AS other,
  coalesce(r.sources, []) AS sourceIds
ORDER BY id, type, direction, o.name
