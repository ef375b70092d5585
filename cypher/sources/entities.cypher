// The entities each given source names, by name.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id,
  COLLECT {
    MATCH (x:Entity)-[:CITED_IN]->(s)
    RETURN @entity(x) AS entity
    ORDER BY entity.name, entity.id
    LIMIT 1000
  } AS entities
