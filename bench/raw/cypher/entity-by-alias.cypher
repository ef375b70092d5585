// The entity a spelling names: strict key first, then exact name before alias, then loose key.
MATCH (k:NameKey) WHERE k.key IN [$strict, $loose]
MATCH (k)-[r:NAMES]->(e:Entity)
WITH e, min(CASE WHEN k.key = $strict THEN (CASE r.kind WHEN 'name' THEN 0 ELSE 1 END) ELSE 2 END) AS rank
ORDER BY rank, e.id
LIMIT 1
RETURN e {
  __typename: [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0],
  .id, .name, aliases: coalesce(e.aliases, []), .description
} AS entity
