// Relationships between entities (an event's place among them, as OCCURRED_IN), each recording
// the sources that support it. The type comes from a closed list validated before this runs
// (src/ingest/bundleSchema.ts). One branch per type: a MERGE with a static type expands
// between the two nodes, where a dynamic type, planned on an empty store, scans every
// relationship. Any other type takes the dynamic branch (and fails if it is no type at all).
CYPHER replan=skip
UNWIND $relationships AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
CALL (a, b, r) {
  WITH a, b, r WHERE r.type = 'MEMBER_OF' MERGE (a)-[x:MEMBER_OF]->(b) ON CREATE SET x.sources = [] RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'LEADS' MERGE (a)-[x:LEADS]->(b) ON CREATE SET x.sources = [] RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'PART_OF' MERGE (a)-[x:PART_OF]->(b) ON CREATE SET x.sources = [] RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'OPERATED_BY' MERGE (a)-[x:OPERATED_BY]->(b) ON CREATE SET x.sources = [] RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'LOCATED_IN' MERGE (a)-[x:LOCATED_IN]->(b) ON CREATE SET x.sources = [] RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'PARTICIPATED_IN' MERGE (a)-[x:PARTICIPATED_IN]->(b) ON CREATE SET x.sources = [] RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'OCCURRED_IN' MERGE (a)-[x:OCCURRED_IN]->(b) ON CREATE SET x.sources = [] RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'PART_OF_EVENT' MERGE (a)-[x:PART_OF_EVENT]->(b) ON CREATE SET x.sources = [] RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'CITIZEN_OF' MERGE (a)-[x:CITIZEN_OF]->(b) ON CREATE SET x.sources = [] RETURN x
  UNION ALL
  WITH a, b, r WHERE r.type = 'ESTABLISHED' MERGE (a)-[x:ESTABLISHED]->(b) ON CREATE SET x.sources = [] RETURN x
  UNION ALL
  WITH a, b, r WHERE NOT r.type IN ['MEMBER_OF', 'LEADS', 'PART_OF', 'OPERATED_BY', 'LOCATED_IN', 'PARTICIPATED_IN',
                                    'OCCURRED_IN', 'PART_OF_EVENT', 'CITIZEN_OF', 'ESTABLISHED']
  MERGE (a)-[x:$(r.type)]->(b) ON CREATE SET x.sources = [] RETURN x
}
// Sources in id order, so that the graph is the same whatever order the reports came in. The
// role and dates are claims; claims/write-preferred sets the chosen ones.
WITH a, r, x, size(x.sources) = 0 AS created
SET x.sources = COLLECT { UNWIND x.sources + r.sourceIds AS sourceId RETURN DISTINCT sourceId ORDER BY sourceId }
// Places that got a new position: whether event places within them contradict may change.
WITH a, r, created WHERE created AND r.type = 'LOCATED_IN' AND a:Place
RETURN DISTINCT a.id AS placeId
