// The sources the given entities cite: those whose counts an entity merge or its undoing can change.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:CITED_IN]->(s:Source)
RETURN DISTINCT s.id AS id
