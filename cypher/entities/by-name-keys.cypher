// Entities whose name or alias has one of the given keys; rank 0 = exact name, 1 = exact
// alias, 2 = loose (transliteration) match.
MATCH (k:NameKey) WHERE k.key IN [$strict, $loose]
MATCH (k)-[r:NAMES]->(e:Entity)
WITH e, min(CASE WHEN k.key = $strict THEN (CASE r.kind WHEN 'name' THEN 0 ELSE 1 END) ELSE 2 END) AS rank
RETURN e.id AS id, rank
ORDER BY rank, id
LIMIT 20
