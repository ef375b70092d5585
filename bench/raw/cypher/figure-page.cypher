// A page of the figures of one measure, oldest first, and the total.
MATCH (f:Figure {measure: $measure})
WITH f ORDER BY f.refersFromDay, f.id
WITH collect(f) AS figures
RETURN size(figures) AS total,
  [f IN figures[$offset..$offset + $limit] | f {
    .id, .value, .qualifier, .unit, .refersTo, kind: f.attributionKind,
    reportedBy: [(f)-[:REPORTED_BY]->(x:Entity) | x { .id, .name }][0]
  }] AS figures
