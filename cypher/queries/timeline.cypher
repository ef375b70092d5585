// Events in date order; with $entityId, those it took part in, that happened in it (or in a
// place within it), or that are steps of it. Undated events only without a range; last.
MATCH (ev:Event)
WHERE ($entityId IS NULL
       OR ev.id = $entityId
       OR EXISTS { (:Entity {id: $entityId})-[:PARTICIPATED_IN]->(ev) }
       OR EXISTS { (ev)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..4]->(:Place {id: $entityId}) }
       OR EXISTS { (ev)-[:PART_OF_EVENT*1..4]->(:Event {id: $entityId}) })
  AND ($fromDay IS NULL OR (ev.dateEndDay IS NOT NULL AND ev.dateEndDay >= $fromDay))
  AND ($toDay IS NULL OR (ev.dateStartDay IS NOT NULL AND ev.dateStartDay <= $toDay))
RETURN ev { .id, .name, .aliases, .description, .kind, .date, .dateLabel, type: 'Event' } AS event
ORDER BY ev.dateStartDay, ev.id
LIMIT 500
