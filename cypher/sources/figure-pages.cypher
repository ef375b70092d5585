// Pages of the figures read in each given source, several sources at once.
UNWIND $requests AS req
MATCH (e:Source {id: req.id})
CALL (e, req) {
  MATCH (f:Figure)-[:CITED_IN]->(e)
  WITH f ORDER BY f.refersFromDay, f.id
  WITH collect(f) AS matched
  RETURN size(matched) AS total, matched[req.offset..req.offset + req.limit] AS page
}
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS f
RETURN req.key AS key, total,
  CASE WHEN f IS NULL THEN null ELSE @figure(f) END AS figure
