UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
RETURN id, CASE WHEN s IS NULL THEN null ELSE @source(s) END AS source
