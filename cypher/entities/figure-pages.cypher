// Pages of the figures an entity reported (REPORTED_BY) or that are about it (ABOUT), for
// several entities at once; each request carries its own offset and limit.
UNWIND $requests AS req
MATCH (e:Entity {id: req.id})
CALL (e, req) {
  MATCH (f:Figure)-[rel:REPORTED_BY|ABOUT]->(e)
  WHERE type(rel) = req.relType
  WITH f ORDER BY f.refersFromDay, f.id
  WITH collect(f) AS matched
  RETURN size(matched) AS total, matched[req.offset..req.offset + req.limit] AS page
}
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS f
RETURN req.key AS key, total,
  CASE WHEN f IS NULL THEN null ELSE @figure(f) END AS figure
