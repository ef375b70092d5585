// Resolves names, aliases or ids, several at once. For each lookup: the entity with that
// exact id, if any, and the entities whose name keys match, with a rank: 0 = exact name,
// 1 = exact alias, 2 = loose (transliteration) match. Entities come as projected maps. An id
// folded in by mergeEntities resolves to the survivor.
UNWIND $lookups AS lookup
CALL (lookup) {
  OPTIONAL MATCH (direct:Entity {id: lookup.text})
  OPTIONAL MATCH (m1:MergeRecord {duplicateId: lookup.text}) WHERE direct IS NULL
  OPTIONAL MATCH (m2:MergeRecord {duplicateId: m1.keepId})
  OPTIONAL MATCH (m3:MergeRecord {duplicateId: m2.keepId})
  OPTIONAL MATCH (byId:Entity {id: coalesce(direct.id, m3.keepId, m2.keepId, m1.keepId)})
  RETURN byId
}
CALL (lookup) {
  MATCH (k:NameKey) WHERE k.key IN [lookup.strict, lookup.loose]
  MATCH (k)-[r:NAMES]->(e:Entity)
  WITH e, min(CASE WHEN k.key = lookup.strict THEN (CASE r.kind WHEN 'name' THEN 0 ELSE 1 END) ELSE 2 END) AS rank
  ORDER BY rank, e.id
  LIMIT 20
  RETURN collect({
    rank: rank,
    entity: @entity(e)
  }) AS matches
}
RETURN lookup.text AS text,
  CASE WHEN byId IS NULL THEN null
  ELSE @entity(byId)
  END AS byId,
  matches
