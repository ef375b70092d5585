// Events in date order; with $entityId, those it took part in, that happened in it (or in a
// place within it), or that are steps of it. Undated events only without a range; last.
// The events are reached from the entity (one UNION branch per way of being related), so the
// cost follows the entity's events, not the number of events in the graph; only a timeline of
// everything reads all events.
//
// The entity comes as a name ($entity: {text, strict, loose} or null) resolved here, so the
// request is one statement; when it does not name exactly one entity, no event is read.
WITH $entity AS lookup
//@include fragments/resolve-name
WITH resolved AS entityResolution, resolved.id AS entityId
OPTIONAL CALL (entityId) {
  WITH entityId WHERE $entity IS NULL OR entityId IS NOT NULL
  CALL (entityId) {
    // Every event only without an entity: in an uncorrelated subquery, so the condition is
    // checked before the scan (in a correlated one the planner scanned first).
    WITH entityId WHERE $entity IS NULL
    CALL () {
      MATCH (ev:Event)
      RETURN ev
    }
    RETURN ev
    UNION
    MATCH (ev:Event {id: entityId})
    RETURN ev
    UNION
    MATCH (:Entity {id: entityId})-[:PARTICIPATED_IN]->(ev:Event)
    RETURN ev
    UNION
    MATCH (:Place {id: entityId})<-[:LOCATED_IN*0..4]-(:Place)<-[:OCCURRED_IN]-(ev:Event)
    RETURN ev
    UNION
    MATCH (:Event {id: entityId})<-[:PART_OF_EVENT*1..4]-(ev:Event)
    RETURN ev
  }
  WITH ev
  WHERE ($fromDay IS NULL OR (ev.dateEndDay IS NOT NULL AND ev.dateEndDay >= $fromDay))
    AND ($toDay IS NULL OR (ev.dateStartDay IS NOT NULL AND ev.dateStartDay <= $toDay))
  RETURN ev ORDER BY ev.dateStartDay, ev.id
  LIMIT 500
}
RETURN entityResolution,
  CASE WHEN ev IS NULL THEN null ELSE ev { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId } END AS event
ORDER BY ev.dateStartDay, ev.id
