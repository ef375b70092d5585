// Everything the preference rule needs about the claims of some entities: per claim its slot,
// value, the place it names and the places that one lies in, and how many sources give it.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id})
// Also what the entity shows now, so that an entity whose claims did not change is not
// written again (src/graph/claims/recompute.ts compares).
RETURN n.id AS id,
  [label IN labels(n) WHERE label IN ['Person', 'Organization', 'Place', 'Event']][0] AS type,
  n { .name, .description, .kind, .date, .dateLabel, .placeId, .aliases } AS current,
  [(k:NameKey)-[r:NAMES]->(n) WHERE r.mergedFrom IS NULL | {key: k.key, kind: r.kind}] AS currentKeys,
  [(n)-[x:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED]->(o:Entity)
    | {type: type(x), to: o.id, role: x.role, since: x.since, until: x.until}] AS currentRelationships,
  COLLECT {
    MATCH (c:Claim)-[:CLAIM_OF]->(n)
    OPTIONAL MATCH (c)-[:VALUE]->(v:Entity)
    RETURN {
      id: c.id, property: c.property, qualifier: c.qualifier, value: c.value,
      valueId: v.id,
      valueWithin: CASE WHEN v:Place THEN [(v)-[:LOCATED_IN*1..6]->(p:Place) | p.id] ELSE [] END,
      sourceCount: COUNT { (c)-[:CITED_IN]->() },
      newest: c.newest, oldest: c.oldest,
      preferred: c.preferred, disputed: c.disputed
    } AS claim
    ORDER BY claim.id
  } AS claims
