// For each new entity of a bundle (its id is not in the graph): the existing entities of the
// same type that one of its spellings names (src/ingest/linkEntities.ts decides). Keys are
// looked up one by one through the NameKey constraint's index.
CYPHER replan=skip
UNWIND $entities AS e
UNWIND e.keys AS key
MATCH (:NameKey {key: key})-[:NAMES]->(m:Entity)
WHERE e.type IN labels(m)
WITH e, collect(DISTINCT m.id) AS candidates
RETURN e.id AS id, candidates
