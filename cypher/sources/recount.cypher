// Keeps each given source's counts (Source.entityCount, Source.figureCount) equal to its
// citations: run in the transaction of every write that adds or takes away an entity's or a
// figure's citation of a source (ingest, entity merges and their undoing), and at start-up for
// sources written without them. Writes only a count that changed.
UNWIND $ids AS id
MATCH (s:Source {id: id})
WITH s, COUNT { (s)<-[:CITED_IN]-(:Entity) } AS entities, COUNT { (s)<-[:CITED_IN]-(:Figure) } AS figures
WHERE s.entityCount IS NULL OR s.entityCount <> entities OR s.figureCount IS NULL OR s.figureCount <> figures
SET s.entityCount = entities, s.figureCount = figures
RETURN count(s) AS recounted
