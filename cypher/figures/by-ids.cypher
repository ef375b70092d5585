UNWIND $ids AS id
OPTIONAL MATCH (f:Figure {id: id})
RETURN id,
  CASE WHEN f IS NULL THEN null ELSE f {
    .*,
    reportedBy: [(f)-[:REPORTED_BY]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }][0],
    via: [(f)-[:VIA]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }][0],
    about: [(f)-[:ABOUT]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }],
    sources: [(f)-[:CITED_IN]->(s:Source) | s { .id, .title, .publisher, .url, .published }]
  } END AS figure
