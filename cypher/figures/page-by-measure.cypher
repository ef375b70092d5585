// figures/page when the filter names a measure and no reporter, subject or source: the same
// page and total as figures/page, read straight from the measure's index (the general
// statement's name resolution and branches cost more than the page on a small measure).
MATCH (f:Figure {measure: $measure})
WHERE ($kinds IS NULL OR f.attributionKind IN $kinds)
  AND ($valueAtLeast IS NULL OR f.value >= $valueAtLeast)
  AND ($valueAtMost IS NULL OR f.value <= $valueAtMost)
  AND ($refersFrom IS NULL OR f.refersToDay >= $refersFrom)
  AND ($refersTo IS NULL OR f.refersFromDay <= $refersTo)
WITH f ORDER BY f.refersFromDay, f.id
WITH count(f) AS total, collect(f)[$offset..$offset + $limit] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS f
RETURN {id: null, candidates: []} AS reporterResolution, {id: null, candidates: []} AS aboutResolution, total,
  CASE WHEN f IS NULL THEN null ELSE @figure(f) END AS figure
