// Pairs of entities of one type that share a name key (a spelling, strictly or loosely folded),
// with the keys they share and how many sources name each. Keys that name more than 20
// entities are too common to suggest anything.
MATCH (k:NameKey)
WHERE COUNT { (k)-[:NAMES]->() } > 1 AND COUNT { (k)-[:NAMES]->() } <= 20
MATCH (a:Entity)<-[:NAMES]-(k)-[:NAMES]->(b:Entity)
WHERE a.id < b.id
  AND [l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] = [l IN labels(b) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0]
WITH a, b, collect(k.key) AS keys
RETURN
  a { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId,
      type: [l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0],
      sourceCount: COUNT { (a)-[:CITED_IN]->(:Source) } } AS a,
  b { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId,
      type: [l IN labels(b) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0],
      sourceCount: COUNT { (b)-[:CITED_IN]->(:Source) } } AS b,
  keys
ORDER BY size(keys) DESC, a.id, b.id
LIMIT 500
