// Gives $keep the duplicate's spellings, records the merge, and deletes the duplicate.
MATCH (k:Entity {id: $keep})
MATCH (d:Entity {id: $duplicate})
SET k.aliases = $aliases, k.aliasText = reduce(text = '', a IN $aliases | text + ' ' + a)
CREATE (:MergeRecord {duplicateId: $duplicate, keepId: $keep, mergedAt: datetime(), snapshot: $snapshot})
DETACH DELETE d
