// Removes a source and what only it supports. Figures and entities cited only by it go;
// relationships lose it from their sources and go when none is left; everything else just
// stops citing it; its claims go, and the entities they were about are returned so their
// plain fields can be chosen again from what remains. Returns what was deleted.
MATCH (s:Source {id: $sourceId})
CALL (s) {
  MATCH (c:Claim)-[:CITED_IN]->(s)
  MATCH (c)-[:CLAIM_OF]->(subject:Entity)
  RETURN collect(DISTINCT subject.id) AS claimSubjects
}
CALL (s) {
  MATCH (c:Claim)-[r:CITED_IN]->(s)
  DELETE r
  WITH c
  CALL (c) {
    WITH c WHERE NOT EXISTS { (c)-[:CITED_IN]->() }
    DETACH DELETE c
  }
  CALL (c) {
    WITH c WHERE EXISTS { (c)-[:CITED_IN]->() }
    SET c.newest = COLLECT { MATCH (c)-[:CITED_IN]->(o:Source) RETURN coalesce(o.published, '') AS p ORDER BY p DESC LIMIT 1 }[0],
        c.oldest = COLLECT { MATCH (c)-[:CITED_IN]->(o:Source) RETURN coalesce(o.published, '') AS p ORDER BY p LIMIT 1 }[0]
  }
}
CALL (s) {
  MATCH (f:Figure)-[:CITED_IN]->(s)
  WHERE NOT EXISTS { (f)-[:CITED_IN]->(other:Source) WHERE other <> s }
  DETACH DELETE f
  RETURN count(*) AS figuresDeleted
}
CALL (s) {
  MATCH (f:Figure)-[:CITED_IN]->(s)
  SET f.sourceId = CASE WHEN f.sourceId = s.id
                        THEN COLLECT { MATCH (f)-[:CITED_IN]->(o:Source) WHERE o <> s RETURN o.id ORDER BY o.id }[0]
                        ELSE f.sourceId END
}
CALL (s) {
  MATCH (e:Entity)-[:CITED_IN]->(s)
  MATCH (e)-[r]->(:Entity)
  WHERE s.id IN r.sources AND size(r.sources) = 1
  DELETE r
  RETURN count(*) AS relationshipsDeleted
}
CALL (s) {
  MATCH (e:Entity)-[:CITED_IN]->(s)
  MATCH (e)-[r]->(:Entity)
  WHERE s.id IN r.sources
  SET r.sources = [x IN r.sources WHERE x <> s.id]
}
CALL (s) {
  MATCH (e:Entity)-[:CITED_IN]->(s)
  WHERE NOT EXISTS { (e)-[:CITED_IN]->(other:Source) WHERE other <> s }
  OPTIONAL MATCH (c:Claim)-[:CLAIM_OF]->(e)
  DETACH DELETE c
  WITH DISTINCT e
  DETACH DELETE e
  RETURN count(*) AS entitiesDeleted
}
CALL () {
  MATCH (k:NameKey) WHERE NOT (k)-[:NAMES]->()
  DELETE k
}
DETACH DELETE s
RETURN figuresDeleted, entitiesDeleted, relationshipsDeleted,
  [id IN claimSubjects WHERE EXISTS { MATCH (:Entity {id: id}) }] AS affected
