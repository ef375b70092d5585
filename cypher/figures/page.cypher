// One page of figures matching a filter, with the total, in one round trip. A null
// parameter does not filter. Reporters with includeMembers: the organisation, its members,
// its parts (at any depth) and their members.
CALL () {
  MATCH (f:Figure)
  WHERE ($reporterId IS NULL OR EXISTS {
          MATCH (f)-[:REPORTED_BY]->(r:Entity)
          WHERE r.id = $reporterId
             OR ($includeMembers AND EXISTS { (r)-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY*1..6]->(:Entity {id: $reporterId}) })
        })
    AND ($aboutId IS NULL OR EXISTS { (f)-[:ABOUT]->(:Entity {id: $aboutId}) })
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
    reportedBy: [(f)-[:REPORTED_BY]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }][0],
    via: [(f)-[:VIA]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }][0],
    about: [(f)-[:ABOUT]->(x:Entity) | x { .id, .name, .aliases, .description, .kind, .date, .dateLabel, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] }],
    sources: [(f)-[:CITED_IN]->(s:Source) | s { .id, .title, .publisher, .url, .published }]
  } END AS figure
