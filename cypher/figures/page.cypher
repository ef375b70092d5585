// One page of figures matching a filter, with the total, in one round trip. A null
// parameter does not filter. Reporters with includeMembers: the organisation, its members,
// its parts (at any depth) and their members.
//
// The candidates come from the first filter given of: reporter, subject, source, measure,
// each reached from its node or index (exactly one branch of the UNION yields rows), so the
// cost follows the size of the answer, not of the graph; the remaining filters then apply to
// the candidates. Only a request without any of those four scans all figures.
CALL () {
  CALL () {
    MATCH (reporter:Entity {id: $reporterId})
    CALL (reporter) {
      RETURN reporter AS r
      UNION
      WITH reporter WHERE $includeMembers
      MATCH (reporter)<-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY*1..6]-(r:Entity)
      RETURN DISTINCT r
    }
    WITH DISTINCT r
    MATCH (r)<-[:REPORTED_BY]-(f:Figure)
    RETURN f
    UNION
    WITH 1 AS only WHERE $reporterId IS NULL
    MATCH (:Entity {id: $aboutId})<-[:ABOUT]-(f:Figure)
    RETURN f
    UNION
    WITH 1 AS only WHERE $reporterId IS NULL AND $aboutId IS NULL
    MATCH (:Source {id: $sourceId})<-[:CITED_IN]-(f:Figure)
    RETURN f
    UNION
    WITH 1 AS only WHERE $reporterId IS NULL AND $aboutId IS NULL AND $sourceId IS NULL
    MATCH (f:Figure {measure: $measure})
    RETURN f
    UNION
    WITH 1 AS only WHERE $reporterId IS NULL AND $aboutId IS NULL AND $sourceId IS NULL AND $measure IS NULL
    MATCH (f:Figure)
    RETURN f
  }
  WITH f
  WHERE ($aboutId IS NULL OR EXISTS { (f)-[:ABOUT]->(:Entity {id: $aboutId}) })
    AND ($sourceId IS NULL OR EXISTS { (f)-[:CITED_IN]->(:Source {id: $sourceId}) })
    AND ($measure IS NULL OR f.measure = $measure)
    AND ($kinds IS NULL OR f.attributionKind IN $kinds)
    AND ($valueAtLeast IS NULL OR f.value >= $valueAtLeast)
    AND ($valueAtMost IS NULL OR f.value <= $valueAtMost)
    AND ($refersFrom IS NULL OR f.refersToDay >= $refersFrom)
    AND ($refersTo IS NULL OR f.refersFromDay <= $refersTo)
  WITH f ORDER BY f.refersFromDay, f.id
  RETURN count(f) AS total, collect(f)[$offset..$offset + $limit] AS page
}
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS f
RETURN total,
  CASE WHEN f IS NULL THEN null ELSE f {
    .*,
    reportedBy: [(f)-[:REPORTED_BY]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }][0],
    via: [(f)-[:VIA]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }][0],
    about: [(f)-[:ABOUT]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }],
    sources: [(f)-[:CITED_IN]->(s:Source) | s { .id, .title, .publisher, .url, .published }]
  } END AS figure
