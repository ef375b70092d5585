// Events whose place claims name one of these places: when a place's position changes
// (a new LOCATED_IN), whether their places contradict each other may change too.
UNWIND $placeIds AS placeId
MATCH (:Place {id: placeId})<-[:LOCATED_IN*0..6]-(:Place)<-[:VALUE]-(c:Claim {property: 'place'})-[:CLAIM_OF]->(e:Entity)
RETURN DISTINCT e.id AS id
