// Measures of figures already about these entities, so a draft reuses the graph's measure key
// for the same quantity (at most 500).
MATCH (e:Entity) WHERE e.id IN $ids
MATCH (e)<-[:ABOUT]-(f:Figure)
WITH DISTINCT f LIMIT 500
RETURN f.measure AS measure, f.unit AS unit, f.currency AS currency, [(f)-[:ABOUT]->(x:Entity) | x.id] AS about
