// Events in date order; with $entityId, those it took part in, that happened in it (or in a
// place within it), or that are steps of it. Undated events only without a range; last.
// The events are reached from the entity (one UNION branch per way of being related), so the
// cost follows the entity's events, not the number of events in the graph; only a timeline of
// everything reads all events.
CALL () {
  WITH 1 AS only WHERE $entityId IS NULL
  MATCH (ev:Event)
  RETURN ev
  UNION
  MATCH (ev:Event {id: $entityId})
  RETURN ev
  UNION
  MATCH (:Entity {id: $entityId})-[:PARTICIPATED_IN]->(ev:Event)
  RETURN ev
  UNION
  MATCH (:Place {id: $entityId})<-[:LOCATED_IN*0..4]-(:Place)<-[:OCCURRED_IN]-(ev:Event)
  RETURN ev
  UNION
  MATCH (:Event {id: $entityId})<-[:PART_OF_EVENT*1..4]-(ev:Event)
  RETURN ev
}
WITH ev
WHERE ($fromDay IS NULL OR (ev.dateEndDay IS NOT NULL AND ev.dateEndDay >= $fromDay))
  AND ($toDay IS NULL OR (ev.dateStartDay IS NOT NULL AND ev.dateStartDay <= $toDay))
RETURN ev { .id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: 'Event' } AS event
ORDER BY ev.dateStartDay, ev.id
LIMIT 500
