// Everything `disagreements` judges, in one statement: the slots where sources contradict each
// other (claims stored disputed by the ingest, each slot with every claim of it, its subject
// and the claims' sources) and the candidate figure groups (the figures of each measure that
// has several; src/graph/claims/disagreements.ts judges them). Optionally only about one
// entity, named by $about ({text, strict, loose}, resolved here by fragments/resolve-name;
// `resolved` says why when it names none or several) or of one property. At most 1,000 slots,
// 100 figures a measure and 2,000 measures.
// The candidates come as whole records when they are at most $wholeUpTo figures in all
// (`whole`), else as lists of only what judging needs (value, wording, time, currency, subject
// ids) with the subjects' names: the records of the figures on the page asked are then read
// after judging. At 100k nodes the 61,354 candidates as whole records were 46 MB and took 18 s.
WITH $about AS lookup
//@include fragments/resolve-name
// An unresolved name reads nothing ('' is no entity's id); the module reports why.
WITH resolved, CASE WHEN $about IS NULL THEN null ELSE coalesce(resolved.id, '') END AS about
WITH resolved,
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
    RETURN {measure: measure, figures: figures} AS candidates
  } AS candidates
WITH resolved, slots, candidates, reduce(n = 0, group IN candidates | n + size(group.figures)) <= $wholeUpTo AS whole
RETURN resolved, slots, whole,
  [group IN candidates | {
    measure: group.measure,
    figures: CASE WHEN whole THEN [f IN group.figures | @figure(f)]
      // [id, value, lowerBound, upperBound, qualifier, currency, refersTo, refersToEnd, about ids]
      ELSE [f IN group.figures | [f.id, f.value, f.lowerBound, f.upperBound, f.qualifier, f.currency, f.refersTo, f.refersToEnd,
                                  [(f)-[:ABOUT]->(x:Entity) | x.id]]] END
  }] AS groups,
  // The names of the candidates' subjects, to order the disagreements by (without whole records).
  CASE WHEN whole THEN [] ELSE COLLECT {
    UNWIND candidates AS group
    UNWIND group.figures AS f
    MATCH (f)-[:ABOUT]->(x:Entity)
    RETURN DISTINCT [x.id, x.name] AS name
  } END AS names
