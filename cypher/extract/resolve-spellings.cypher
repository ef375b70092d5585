// Candidates for the spellings an article draft names: for each {text, strict, loose}, the
// entities whose name keys match, best first (0 exact name, 1 exact alias, 2 transliteration),
// at most 10 each, with their type and kind. For src/extract/graphResolver.ts.
UNWIND $lookups AS lookup
CALL (lookup) {
  MATCH (k:NameKey) WHERE k.key IN [lookup.strict, lookup.loose]
  MATCH (k)-[r:NAMES]->(e:Entity)
  WITH e, min(CASE WHEN k.key = lookup.strict THEN (CASE r.kind WHEN 'name' THEN 0 ELSE 1 END) ELSE 2 END) AS rank
  ORDER BY rank, e.id
  LIMIT 10
  RETURN collect({
    id: e.id, name: e.name, kind: e.kind, rank: rank,
    type: [label IN labels(e) WHERE label IN ['Person', 'Organization', 'Place', 'Event']][0]
  }) AS candidates
}
RETURN lookup.text AS text, candidates
