// figures/page when the filter names a reporter and no subject or source: the same page,
// total and resolution as figures/page, without its other branches. The reporter is
// resolved here (fragments/resolve-name); with includeMembers, the figures of its members
// and its parts at any depth count too.
WITH $reporter AS lookup
//@include fragments/resolve-name
WITH resolved AS reporterResolution
OPTIONAL CALL (reporterResolution) {
  MATCH (reporter:Entity {id: reporterResolution.id})
  CALL (reporter) {
    RETURN reporter AS r
    UNION
    WITH reporter WHERE $includeMembers
    MATCH (reporter)<-[:MEMBER_OF|LEADS|PART_OF|OPERATED_BY*1..6]-(r:Entity)
    RETURN r
  }
  WITH DISTINCT r
  MATCH (r)<-[:REPORTED_BY]-(f:Figure)
  WHERE ($measure IS NULL OR f.measure = $measure)
    AND ($kinds IS NULL OR f.attributionKind IN $kinds)
    AND ($valueAtLeast IS NULL OR f.value >= $valueAtLeast)
    AND ($valueAtMost IS NULL OR f.value <= $valueAtMost)
    AND ($refersFrom IS NULL OR f.refersToDay >= $refersFrom)
    AND ($refersTo IS NULL OR f.refersFromDay <= $refersTo)
  WITH f ORDER BY f.refersFromDay, f.id
  RETURN count(f) AS total, collect(f)[$offset..$offset + $limit] AS page
}
UNWIND (CASE WHEN size(coalesce(page, [])) = 0 THEN [null] ELSE page END) AS f
RETURN reporterResolution, {id: null, candidates: []} AS aboutResolution, coalesce(total, 0) AS total,
  CASE WHEN f IS NULL THEN null ELSE @figure(f) END AS figure
