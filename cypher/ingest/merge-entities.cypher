// Entities of one bundle. A repeat merges: the first name and description stay, aliases are
// united, and the entity is cited to this source once.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.description = e.description, n.kind = e.kind,
              n.date = e.date, n.dateLabel = e.dateLabel, n.aliases = [],
              n.dateStartDay = e.dateStartDay, n.dateEndDay = e.dateEndDay
SET n:$(e.type)
SET n.description = coalesce(n.description, e.description),
    n.kind = coalesce(n.kind, e.kind),
    n.date = coalesce(n.date, e.date),
    n.dateStartDay = coalesce(n.dateStartDay, e.dateStartDay),
    n.dateEndDay = coalesce(n.dateEndDay, e.dateEndDay),
    n.dateLabel = coalesce(n.dateLabel, e.dateLabel),
    n.aliases = reduce(acc = [], a IN n.aliases + e.aliases | CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END)
SET n.aliasText = reduce(text = '', a IN n.aliases | text + ' ' + a)
WITH n
MATCH (s:Source {id: $sourceId})
MERGE (n)-[:CITED_IN]->(s)
