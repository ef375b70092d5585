// For each entity of a bundle: whether its id exists, the entity an earlier mergeEntities
// folded that id into, and otherwise the existing entities of the same type that one of its
// spellings names (src/ingest/linkEntities.ts decides).
UNWIND $entities AS e
OPTIONAL MATCH (existing:Entity {id: e.id})
OPTIONAL MATCH (merged:MergeRecord {duplicateId: e.id})
RETURN e.id AS id, existing IS NOT NULL AS exists, merged.keepId AS mergedInto,
  COLLECT {
    MATCH (k:NameKey)-[:NAMES]->(m:Entity)
    WHERE existing IS NULL AND merged IS NULL AND k.key IN e.keys AND e.type IN labels(m)
    RETURN DISTINCT m.id AS candidate ORDER BY candidate
  } AS candidates
