// Copies relationships onto $keep, marked so an unmerge can remove exactly these.
UNWIND $relationships AS rel
MATCH (k:Entity {id: $keep})
MATCH (o:$(rel.otherLabel)) WHERE coalesce(o.id, o.key) = rel.otherId
WITH rel, CASE rel.direction WHEN 'OUT' THEN k ELSE o END AS a, CASE rel.direction WHEN 'OUT' THEN o ELSE k END AS b
CREATE (a)-[x:$(rel.type)]->(b)
SET x = rel.props, x.mergedFrom = $duplicate
RETURN count(x) AS created
