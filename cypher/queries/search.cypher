// Full-text search; $lucene is built from plain words by src/graph/searchQuery.ts (escaped,
// never raw user syntax). A query that is exactly a name or alias (same keys as `entity`)
// puts that entity on top: +100 for a name, +80 for an alias, +40 for a transliteration.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit * 4})
  YIELD node, score
  RETURN node, score
  UNION ALL
  MATCH (k:NameKey) WHERE k.key IN [$strict, $loose]
  MATCH (k)-[r:NAMES]->(node:Entity)
  RETURN node, CASE WHEN k.key = $strict THEN (CASE r.kind WHEN 'name' THEN 100.0 ELSE 80.0 END) ELSE 40.0 END AS score
}
WITH node, sum(score) AS score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN @entity(node) AS entity,
       score
ORDER BY score DESC, node.id
LIMIT $limit
