// Entities, one row each (src/ingest/loadBundle.ts folds the bundles' definitions of one entity
// into one row): the node with its labels, cited to each source once. What the sources say of
// it (names, spellings, description, dates, place) are claims (claims/merge); its plain fields
// and name keys are chosen from them afterwards (claims/write-preferred). The batch's sources
// are looked up once ($sourceIds); a row names its sources by their position there. A source
// new to the graph (`fresh`) cites nothing yet: its citations are created without a look.
CYPHER replan=skip
UNWIND range(0, size($sourceIds) - 1) AS i
MATCH (s:Source {id: $sourceIds[i]})
WITH i, s ORDER BY i
WITH collect(s) AS sources
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.aliases = [], n.aliasText = ''
WITH sources, n, e
CALL (n, e) {
  // Only labels the node lacks (a dynamic label costs even when it is there).
  WITH n, e WHERE any(type IN e.types WHERE NOT type IN labels(n))
  SET n:$(e.types)
}
CALL (sources, n, e) {
  UNWIND e.fresh AS at
  WITH sources[at] AS s
  CREATE (n)-[:CITED_IN]->(s)
}
CALL (sources, n, e) {
  UNWIND e.known AS at
  WITH sources[at] AS s
  MERGE (n)-[:CITED_IN]->(s)
}
