// Candidates for figure disagreements: the figures of each measure that has several, with the
// entities they are about; optionally only figures about one entity or of one measure. At most
// 100 figures a measure and 2,000 measures (src/graph/claims/disagreements.ts judges them).
MATCH (f:Figure)
WHERE ($property IS NULL OR f.measure = $property)
  AND ($about IS NULL OR EXISTS { (f)-[:ABOUT]->(:Entity {id: $about}) })
WITH f.measure AS measure, collect(f.id)[..100] AS ids
WHERE size(ids) > 1
RETURN measure, ids
ORDER BY measure
LIMIT 2000
