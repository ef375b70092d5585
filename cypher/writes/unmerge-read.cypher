MATCH (m:MergeRecord {duplicateId: $duplicate})
OPTIONAL MATCH (k:Entity {id: m.keepId})
RETURN m.keepId AS keepId, m.snapshot AS snapshot, k IS NOT NULL AS keepExists,
       EXISTS { MATCH (e:Entity {id: $duplicate}) } AS duplicateExists
