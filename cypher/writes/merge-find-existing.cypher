// Which of the moving relationships $keep already has (same type, direction and other end),
// with their properties before the merge touches them.
UNWIND range(0, size($relationships) - 1) AS i
WITH i, $relationships[i] AS rel
MATCH (k:Entity {id: $keep})
MATCH (o:$(rel.otherLabel)) WHERE coalesce(o.id, o.key) = rel.otherId
MATCH (k)-[x:$(rel.type)]-(o)
WHERE (rel.direction = 'OUT' AND startNode(x) = k) OR (rel.direction = 'IN' AND startNode(x) = o)
RETURN i, properties(x) AS before
