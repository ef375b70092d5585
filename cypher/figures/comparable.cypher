// Figures of the same measure as each given figure (not itself), oldest first, at most 100.
UNWIND $ids AS id
MATCH (f:Figure {id: id})
CALL (f) {
  MATCH (g:Figure {measure: f.measure})
  WHERE g <> f
  WITH g ORDER BY g.refersFromDay, g.id
  LIMIT 100
  RETURN collect(g {
    .*,
    reportedBy: [(g)-[:REPORTED_BY]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }][0],
    via: [(g)-[:VIA]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }][0],
    about: [(g)-[:ABOUT]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }],
    sources: [(g)-[:CITED_IN]->(s:Source) | s { .id, .title, .publisher, .url, .published }]
  }) AS figures
}
RETURN id, figures
