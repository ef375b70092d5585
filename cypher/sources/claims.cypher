// Each given source's claims about the entities it names (not their spellings).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id,
  COLLECT {
    MATCH (c:Claim)-[:CITED_IN]->(s)
    MATCH (c)-[:CLAIM_OF]->(n:Entity)
    WHERE c.property <> 'alias'
    RETURN c {
      .id, .property, .qualifier, .value, .preferred, .disputed,
      subjectId: n.id,
      valueEntity: [(c)-[:VALUE]->(x:Entity) | @entity(x)][0],
      sourceIds: COLLECT { MATCH (c)-[:CITED_IN]->(o:Source) RETURN o.id ORDER BY coalesce(o.published, '') DESC, o.id LIMIT 100 }
    } AS claim
    ORDER BY n.name, claim.property, claim.qualifier, claim.id
    LIMIT 2000
  } AS claims
