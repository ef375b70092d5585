// The claims about each entity: its property claims (one row per distinct value, with the ids
// of the sources that give it, newest first, at most 100) and the ids of the figures about it
// (at most 200), which Entity.claims shows as figure claims.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id,
  COLLECT {
    MATCH (c:Claim)-[:CLAIM_OF]->(n)
    WHERE $property IS NULL OR c.property = $property
    RETURN c {
      .id, .property, .qualifier, .value, .preferred, .disputed,
      subjectId: n.id,
      valueEntity: [(c)-[:VALUE]->(x:Entity) | @entity(x)][0],
      sourceIds: COLLECT { MATCH (c)-[:CITED_IN]->(s:Source) RETURN s.id ORDER BY coalesce(s.published, '') DESC, s.id LIMIT 100 }
    } AS claim
    ORDER BY claim.property, claim.qualifier, claim.preferred DESC, claim.value
  } AS claims,
  COLLECT {
    MATCH (f:Figure)-[:ABOUT]->(n)
    WHERE $property IS NULL OR f.measure = $property
    RETURN f.id AS figureId ORDER BY f.measure, f.refersFromDay, f.id LIMIT 200
  } AS figureIds
