// Entities, one row each (src/ingest/loadBundle.ts folds the bundles' definitions of one entity
// into one row): the node with its labels, cited to each source once. What the sources say of
// it (names, spellings, description, dates, place) are claims (claims/merge); its plain fields
// and name keys are chosen from them afterwards (claims/write-preferred).
CYPHER replan=skip
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.aliases = [], n.aliasText = ''
SET n:$(e.types)
WITH n, e
// A source new to the graph cites nothing yet: its citations are created without a look.
CALL (n, e) {
  UNWIND e.freshSourceIds AS sourceId
  MATCH (s:Source {id: sourceId})
  CREATE (n)-[:CITED_IN]->(s)
}
CALL (n, e) {
  UNWIND e.knownSourceIds AS sourceId
  MATCH (s:Source {id: sourceId})
  MERGE (n)-[:CITED_IN]->(s)
}
