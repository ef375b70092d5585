// Everything the preference rule needs about the claims of some entities: per claim its slot,
// value, the place it names and the places that one lies in, and how many sources give it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id,
  [label IN labels(n) WHERE label IN ['Person', 'Organization', 'Place', 'Event']][0] AS type,
  COLLECT {
    MATCH (c:Claim)-[:CLAIM_OF]->(n)
    OPTIONAL MATCH (c)-[:VALUE]->(v:Entity)
    RETURN {
      id: c.id, property: c.property, qualifier: c.qualifier, value: c.value,
      valueId: v.id,
      valueWithin: CASE WHEN v:Place THEN [(v)-[:LOCATED_IN*1..6]->(p:Place) | p.id] ELSE [] END,
      sourceCount: COUNT { (c)-[:CITED_IN]->() },
      newest: c.newest, oldest: c.oldest
    } AS claim
    ORDER BY claim.id
  } AS claims
