// Full-text search; $lucene is built from plain words by src/graph/search.ts (escaped, never
// raw user syntax).
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit * 4})
YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN node { .id, .name, .aliases, .description, .kind, .date, .dateLabel,
              type: [l IN labels(node) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] } AS entity,
       score
ORDER BY score DESC, node.id
LIMIT $limit
