// Everything `disagreements` judges, in one statement: the slots where sources contradict each
// other (claims stored disputed by the ingest, each slot with every claim of it, its subject
// and the claims' sources) and the candidate figure groups (the figures of each measure that
// has several, as whole records; src/graph/claims/disagreements.ts judges them). Optionally
// only about one entity, named by $about ({text, strict, loose}, resolved here by
// fragments/resolve-name; `resolved` says why when it names none or several) or of one
// property. At most 1,000 slots, 100 figures a measure and 2,000 measures.
WITH $about AS lookup
//@include fragments/resolve-name
// An unresolved name reads nothing ('' is no entity's id); the module reports why.
WITH resolved, CASE WHEN $about IS NULL THEN null ELSE coalesce(resolved.id, '') END AS about
RETURN resolved,
  COLLECT {
    MATCH (d:Claim {disputed: true})-[:CLAIM_OF]->(n:Entity)
    WHERE (about IS NULL OR n.id = about) AND ($property IS NULL OR d.property = $property)
    WITH DISTINCT n, d.property AS property, d.qualifier AS qualifier
    WITH n, property, qualifier ORDER BY n.name, property, n.id
    LIMIT 1000
    RETURN {
      subject: @entity(n),
      property: property,
      claims: COLLECT {
        MATCH (c:Claim)-[:CLAIM_OF]->(n)
        WHERE c.property = property AND c.qualifier = qualifier
        RETURN c {
          .id, .property, .qualifier, .value, .preferred, .disputed,
          subjectId: n.id,
          valueEntity: [(c)-[:VALUE]->(x:Entity) | @entity(x)][0],
          sourceIds: COLLECT { MATCH (c)-[:CITED_IN]->(s:Source) RETURN s.id ORDER BY coalesce(s.published, '') DESC, s.id LIMIT 100 }
        } AS claim
        ORDER BY claim.preferred DESC, claim.value
      },
      sources: COLLECT {
        MATCH (c:Claim)-[:CLAIM_OF]->(n)
        WHERE c.property = property AND c.qualifier = qualifier
        MATCH (c)-[:CITED_IN]->(s:Source)
        RETURN DISTINCT @source(s) AS source
      }
    } AS slot
  } AS slots,
  COLLECT {
    MATCH (f:Figure)
    WHERE ($property IS NULL OR f.measure = $property)
      AND (about IS NULL OR EXISTS { (f)-[:ABOUT]->(:Entity {id: about}) })
    WITH f.measure AS measure, collect(f)[..100] AS figures
    WHERE size(figures) > 1
    WITH measure, figures ORDER BY measure
    LIMIT 2000
    RETURN {measure: measure, figures: [f IN figures | @figure(f)]} AS candidates
  } AS groups
