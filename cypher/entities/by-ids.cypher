// Entities by id, in the order asked; a missing id gives a null entity. An id folded into
// another entity by mergeEntities resolves to the survivor (following up to three merges).
UNWIND $ids AS id
OPTIONAL MATCH (direct:Entity {id: id})
OPTIONAL MATCH (m1:MergeRecord {duplicateId: id}) WHERE direct IS NULL
OPTIONAL MATCH (m2:MergeRecord {duplicateId: m1.keepId})
OPTIONAL MATCH (m3:MergeRecord {duplicateId: m2.keepId})
OPTIONAL MATCH (e:Entity {id: coalesce(direct.id, m3.keepId, m2.keepId, m1.keepId)})
RETURN id,
  CASE WHEN e IS NULL THEN null
  ELSE @entity(e)
  END AS entity
