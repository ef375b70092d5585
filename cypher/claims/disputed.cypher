// Slots (one property of one entity, or one relationship's role) where sources contradict each
// other, with every claim of the slot; optionally only about one entity or one property.
MATCH (d:Claim {disputed: true})-[:CLAIM_OF]->(n:Entity)
WHERE ($about IS NULL OR n.id = $about) AND ($property IS NULL OR d.property = $property)
WITH DISTINCT n, d.property AS property, d.qualifier AS qualifier
RETURN n.id AS subjectId, n.name AS subjectName, property,
  COLLECT {
    MATCH (c:Claim)-[:CLAIM_OF]->(n)
    WHERE c.property = property AND c.qualifier = qualifier
    RETURN c {
      .id, .property, .qualifier, .value, .preferred, .disputed,
      subjectId: n.id,
      valueEntity: [(c)-[:VALUE]->(x:Entity) | @entity(x)][0],
      sourceIds: COLLECT { MATCH (c)-[:CITED_IN]->(s:Source) RETURN s.id ORDER BY coalesce(s.published, '') DESC, s.id LIMIT 100 }
    } AS claim
    ORDER BY claim.preferred DESC, claim.value
  } AS claims
ORDER BY subjectName, property, subjectId
LIMIT 1000
