UNWIND $ids AS id
OPTIONAL MATCH (f:Figure {id: id})
RETURN id,
  CASE WHEN f IS NULL THEN null ELSE @figure(f) END AS figure
