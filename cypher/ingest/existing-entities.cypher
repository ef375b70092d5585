// Which of these ids are entities already, and which an earlier mergeEntities folded into
// another (src/ingest/linkEntities.ts).
CYPHER replan=skip
UNWIND $ids AS id
OPTIONAL MATCH (existing:Entity {id: id})
OPTIONAL MATCH (merged:MergeRecord {duplicateId: id})
WITH id, existing, merged WHERE existing IS NOT NULL OR merged IS NOT NULL
RETURN id, existing IS NOT NULL AS exists, merged.keepId AS mergedInto
