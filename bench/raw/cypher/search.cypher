// Full-text hits, with an exact name or alias of the query on top, as our server ranks them:
// the same index call (4 × the page size, then ties broken by id), so the same hits.
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
RETURN node {
  __typename: [l IN labels(node) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0],
  .id, .name, aliases: coalesce(node.aliases, [])
} AS entity
ORDER BY score DESC, node.id
LIMIT $limit
