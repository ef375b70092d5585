// Claims: each value a source gives for a property of an entity (its name, a spelling, a
// description, an event's date or place, a relationship's role). One node per distinct value
// of a slot, cited by every source that gives it; a source that now gives another value for a
// slot stops citing its old one (a corrected bundle), and a claim no source cites goes.
// `oldest`/`newest` are the earliest and latest publication dates of its sources ('' when
// undated), for the preference rule (src/graph/claims/preferred.ts).
CYPHER replan=skip
UNWIND $claims AS c
MATCH (n:Entity {id: c.subjectId})
MATCH (s:Source {id: c.sourceId})
MERGE (claim:Claim {id: c.id})
ON CREATE SET claim.slot = c.slot, claim.property = c.property, claim.qualifier = c.qualifier,
              claim.value = c.value, claim.preferred = false, claim.disputed = false
MERGE (claim)-[:CLAIM_OF]->(n)
MERGE (claim)-[:CITED_IN]->(s)
WITH claim, c, s, coalesce(s.published, '') AS published
SET claim.newest = CASE WHEN claim.newest IS NULL OR published > claim.newest THEN published ELSE claim.newest END,
    claim.oldest = CASE WHEN claim.oldest IS NULL OR published < claim.oldest THEN published ELSE claim.oldest END
WITH claim, c, s
CALL (claim, c) {
  WITH claim, c WHERE c.valueId IS NOT NULL
  MATCH (v:Entity {id: c.valueId})
  MERGE (claim)-[:VALUE]->(v)
}
CALL (claim, c, s) {
  // Only a source seen before can have given another value for the slot.
  WITH claim, c, s WHERE NOT coalesce(c.fresh, false)
  MATCH (old:Claim {slot: c.slot})-[r:CITED_IN]->(s)
  WHERE old <> claim
  DELETE r
  WITH DISTINCT old
  WHERE NOT EXISTS { (old)-[:CITED_IN]->() }
  DETACH DELETE old
}
