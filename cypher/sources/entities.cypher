// The entities each given source names, by name.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id,
  COLLECT {
    MATCH (x:Entity)-[:CITED_IN]->(s)
    RETURN x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId,
               type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] } AS entity
    ORDER BY entity.name, entity.id
    LIMIT 1000
  } AS entities
