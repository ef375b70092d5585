UNWIND $events AS ev
MATCH (e:Event {id: ev.id})
MATCH (p:Place {id: ev.place})
MERGE (e)-[x:OCCURRED_IN]->(p)
ON CREATE SET x.sources = []
SET x.sources = CASE WHEN $sourceId IN x.sources THEN x.sources ELSE x.sources + $sourceId END
