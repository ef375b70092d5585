// Claims: each value a source gives for a property of an entity (its name, a spelling, a
// description, an event's date or place, a relationship's role). One node per distinct value
// of a slot, cited by every source that gives it. The batch's sources are looked up once
// ($sourceIds); then one row per subject, with one entry per claim about it and the positions
// in $sourceIds of the sources of the batch that give it (src/ingest/loadBundle.ts).
// `oldest`/`newest` are the earliest and latest publication dates of its sources ('' when
// undated), for the preference rule (src/graph/claims/preferred.ts); each entry brings those
// of its sources in the batch. A source new to the graph (`fresh`) cites nothing yet, so its
// citations are created without a look. A source seen before (`known`) may have given another
// value for a slot: claims/drop-replaced runs next for it.
CYPHER replan=skip
UNWIND range(0, size($sourceIds) - 1) AS i
MATCH (s:Source {id: $sourceIds[i]})
WITH i, s ORDER BY i
WITH collect(s) AS sources
UNWIND $subjects AS subject
MATCH (n:Entity {id: subject.id})
UNWIND subject.claims AS c
MERGE (claim:Claim {id: c.id})
ON CREATE SET claim.slot = c.slot, claim.property = c.property, claim.qualifier = c.qualifier,
              claim.value = c.value, claim.preferred = false, claim.disputed = false
MERGE (claim)-[:CLAIM_OF]->(n)
SET claim.newest = CASE WHEN claim.newest IS NULL OR c.newest > claim.newest THEN c.newest ELSE claim.newest END,
    claim.oldest = CASE WHEN claim.oldest IS NULL OR c.oldest < claim.oldest THEN c.oldest ELSE claim.oldest END
WITH sources, claim, c
CALL (sources, claim, c) {
  UNWIND c.fresh AS at
  WITH sources[at] AS s
  CREATE (claim)-[:CITED_IN]->(s)
}
CALL (sources, claim, c) {
  UNWIND c.known AS at
  WITH sources[at] AS s
  MERGE (claim)-[:CITED_IN]->(s)
}
CALL (claim, c) {
  WITH claim, c WHERE c.valueId IS NOT NULL
  MATCH (v:Entity {id: c.valueId})
  MERGE (claim)-[:VALUE]->(v)
}
