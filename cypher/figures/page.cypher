// One page of figures matching a filter, with the total, in one round trip. A null
// parameter does not filter. Reporters with includeMembers: the organisation, its members,
// its parts (at any depth) and their members.
//
// The candidates come from the first filter given of: reporter, subject, source, measure,
// each reached from its node or index (exactly one branch of the UNION yields rows), so the
// cost follows the size of the answer, not of the graph; the remaining filters then apply to
// the candidates. Only a request without any of those four scans all figures.
//
// The reporter and subject come as names ($reporter, $about: {text, strict, loose} or null)
// and are resolved here, so the whole request is one statement; when one does not name
// exactly one entity, no page is read and the resolutions say why.
WITH $reporter AS lookup
//@include fragments/resolve-name
WITH resolved AS reporterResolution, $about AS lookup
//@include fragments/resolve-name
WITH reporterResolution, resolved AS aboutResolution
WITH reporterResolution, aboutResolution, reporterResolution.id AS reporterId, aboutResolution.id AS aboutId,
     ($reporter IS NULL OR reporterResolution.id IS NOT NULL) AND ($about IS NULL OR aboutResolution.id IS NOT NULL) AS ok
OPTIONAL CALL (reporterId, aboutId, ok) {
  WITH reporterId, aboutId WHERE ok
  CALL (reporterId, aboutId) {
    MATCH (reporter:Entity {id: reporterId})
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
    WITH reporterId, aboutId WHERE $reporter IS NULL
    MATCH (:Entity {id: aboutId})<-[:ABOUT]-(f:Figure)
    RETURN f
    UNION
    // Without names: an uncorrelated subquery, so that each branch's condition is checked
    // before its MATCH (in a correlated one the planner scanned every figure first).
    WITH reporterId, aboutId WHERE $reporter IS NULL AND $about IS NULL
    CALL () {
      MATCH (:Source {id: $sourceId})<-[:CITED_IN]-(f:Figure)
      RETURN f
      UNION
      WITH 1 AS only WHERE $sourceId IS NULL
      MATCH (f:Figure {measure: $measure})
      RETURN f
      UNION
      WITH 1 AS only WHERE $sourceId IS NULL AND $measure IS NULL
      MATCH (f:Figure)
      RETURN f
    }
    RETURN f
  }
  WITH f, aboutId
  WHERE (aboutId IS NULL OR EXISTS { (f)-[:ABOUT]->(:Entity {id: aboutId}) })
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
UNWIND (CASE WHEN size(coalesce(page, [])) = 0 THEN [null] ELSE page END) AS f
RETURN reporterResolution, aboutResolution, coalesce(total, 0) AS total,
  CASE WHEN f IS NULL THEN null ELSE @figure(f) END AS figure
