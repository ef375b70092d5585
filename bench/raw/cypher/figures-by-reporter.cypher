// Figures reported by an organisation (found by any spelling), its members and its parts at
// any depth, oldest first: the first 20 and the total.
MATCH (k:NameKey) WHERE k.key IN [$strict, $loose]
MATCH (k)-[n:NAMES]->(o:Entity)
WITH o, min(CASE WHEN k.key = $strict THEN (CASE n.kind WHEN 'name' THEN 0 ELSE 1 END) ELSE 2 END) AS rank
ORDER BY rank, o.id
LIMIT 1
MATCH (o)<-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY*0..6]-(r:Entity)
WITH DISTINCT r
MATCH (r)<-[:REPORTED_BY]-(f:Figure)
WITH f ORDER BY f.refersFromDay, f.id
WITH collect(f) AS figures
RETURN size(figures) AS total,
  [f IN figures[0..20] | f {
    .id, .value, .qualifier, .measure, .refersTo, .statement, kind: f.attributionKind,
    reportedBy: [(f)-[:REPORTED_BY]->(x:Entity) | x { .id, .name }][0]
  }] AS figures
