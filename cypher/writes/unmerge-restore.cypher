// Undoes a merge: removes what it added to $keep, restores the properties it changed, brings
// back the duplicate with its relationships, and drops the record.
MATCH (k:Entity {id: $keep})
CALL (k) {
  MATCH (k)-[x]-()
  WHERE x.mergedFrom = $duplicate
  DELETE x
}
CALL (k) {
  UNWIND $updated AS u
  MATCH (o:$(u.otherLabel)) WHERE coalesce(o.id, o.key) = u.otherId
  MATCH (k)-[x:$(u.type)]-(o)
  WHERE (u.direction = 'OUT' AND startNode(x) = k) OR (u.direction = 'IN' AND startNode(x) = o)
  SET x = u.before
}
SET k.aliases = $keepAliases, k.aliasText = $keepAliasText
CREATE (d:Entity)
SET d = $props
SET d:$($labels)
WITH d
CALL (d) {
  UNWIND $relationships AS rel
  MATCH (o:$(rel.otherLabel)) WHERE coalesce(o.id, o.key) = rel.otherId
  WITH rel, CASE rel.direction WHEN 'OUT' THEN d ELSE o END AS a, CASE rel.direction WHEN 'OUT' THEN o ELSE d END AS b
  CREATE (a)-[x:$(rel.type)]->(b)
  SET x = rel.props
}
WITH d
MATCH (m:MergeRecord {duplicateId: $duplicate})
DELETE m
