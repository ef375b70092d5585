// Relationships $keep already had: they gain the duplicate's sources.
UNWIND $relationships AS rel
MATCH (k:Entity {id: $keep})
MATCH (o:$(rel.otherLabel)) WHERE coalesce(o.id, o.key) = rel.otherId
MATCH (k)-[x:$(rel.type)]-(o)
WHERE (rel.direction = 'OUT' AND startNode(x) = k) OR (rel.direction = 'IN' AND startNode(x) = o)
SET x.sources = CASE WHEN x.sources IS NULL THEN rel.props.sources
                     ELSE x.sources + [s IN coalesce(rel.props.sources, []) WHERE NOT s IN x.sources] END
RETURN count(x) AS updated
