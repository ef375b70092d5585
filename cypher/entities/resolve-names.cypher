// Resolves names, aliases or ids, several at once. For each lookup: the entity with that
// exact id, if any, and the entities whose name keys match, with a rank: 0 = exact name,
// 1 = exact alias, 2 = loose (transliteration) match. Entities come as projected maps.
UNWIND $lookups AS lookup
CALL (lookup) {
  OPTIONAL MATCH (byId:Entity {id: lookup.text})
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
    entity: e { .id, .name, .aliases, .description, .kind, .date, .dateLabel,
                type: [label IN labels(e) WHERE label IN ['Person', 'Organization', 'Place', 'Event']][0] }
  }) AS matches
}
RETURN lookup.text AS text,
  CASE WHEN byId IS NULL THEN null
  ELSE byId { .id, .name, .aliases, .description, .kind, .date, .dateLabel,
              type: [label IN labels(byId) WHERE label IN ['Person', 'Organization', 'Place', 'Event']][0] }
  END AS byId,
  matches
