// Entities, one row each (src/ingest/loadBundle.ts folds the bundles' definitions of one entity
// into one row). A repeat merges: the first name and description stay, aliases are united, the
// entity is cited to each source once, and its name keys (see src/graph/nameKeys.ts; kind:
// name | alias | loose, the strongest wins) point at it.
CYPHER replan=skip
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.description = e.description, n.kind = e.kind,
              n.date = e.date, n.dateLabel = e.dateLabel, n.aliases = [],
              n.dateStartDay = e.dateStartDay, n.dateEndDay = e.dateEndDay
SET n:$(e.types)
SET n.description = coalesce(n.description, e.description),
    n.kind = coalesce(n.kind, e.kind),
    n.date = coalesce(n.date, e.date),
    n.dateStartDay = coalesce(n.dateStartDay, e.dateStartDay),
    n.dateEndDay = coalesce(n.dateEndDay, e.dateEndDay),
    n.dateLabel = coalesce(n.dateLabel, e.dateLabel),
    n.aliases = reduce(acc = [], a IN n.aliases + e.aliases | CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END)
SET n.aliasText = reduce(text = '', a IN n.aliases | text + ' ' + a)
WITH n, e
CALL (n, e) {
  UNWIND e.sourceIds AS sourceId
  MATCH (s:Source {id: sourceId})
  MERGE (n)-[:CITED_IN]->(s)
}
CALL (n, e) {
  UNWIND e.keys AS k
  MERGE (key:NameKey {key: k.key})
  MERGE (key)-[r:NAMES]->(n)
  ON CREATE SET r.kind = k.kind
  SET r.kind = CASE WHEN r.kind = 'name' OR k.kind = 'name' THEN 'name'
                    WHEN r.kind = 'alias' OR k.kind = 'alias' THEN 'alias'
                    ELSE 'loose' END
}
