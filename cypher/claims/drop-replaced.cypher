// After claims/merge, for the claims of sources seen before (a repeat or a corrected bundle):
// a source that now gives another value for a slot stops citing its old one, and a claim no
// source cites goes.
CYPHER replan=skip
UNWIND $claims AS c
MATCH (claim:Claim {id: c.id})
MATCH (s:Source {id: c.sourceId})
CALL (claim, c, s) {
  MATCH (old:Claim {slot: c.slot})-[r:CITED_IN]->(s)
  WHERE old <> claim
  DELETE r
  WITH DISTINCT old
  WHERE NOT EXISTS { (old)-[:CITED_IN]->() }
  DETACH DELETE old
}
