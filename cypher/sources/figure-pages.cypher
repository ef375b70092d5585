// Pages of the figures read in each given source, several sources at once.
UNWIND $requests AS req
MATCH (e:Source {id: req.id})
CALL (e, req) {
  MATCH (f:Figure)-[:CITED_IN]->(e)
  WITH f ORDER BY f.refersFromDay, f.id
  WITH collect(f) AS matched
  RETURN size(matched) AS total, matched[req.offset..req.offset + req.limit] AS page
}
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS f
RETURN req.key AS key, total,
  CASE WHEN f IS NULL THEN null ELSE f {
    .*,
    reportedBy: [(f)-[:REPORTED_BY]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }][0],
    via: [(f)-[:VIA]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }][0],
    about: [(f)-[:ABOUT]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }],
    sources: [(f)-[:CITED_IN]->(s:Source) | s { .id, .title, .publisher, .url, .published }]
  } END AS figure
