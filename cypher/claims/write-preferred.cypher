// Writes what the preference rule chose (src/graph/claims/recompute.ts), only the parts that
// changed: the plain fields and aliases (`fields`), the name keys from every spelling any
// source gives (`keys`), each relationship's role and dates (`relationships`), and the
// preferred and disputed flags of the claims whose flags change (`flags`).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n, row) {
  WITH n, row, row.fields AS f WHERE f IS NOT NULL
  SET n.name = f.name, n.description = f.description, n.kind = f.kind,
      n.date = f.date, n.dateLabel = f.dateLabel, n.dateStartDay = f.dateStartDay, n.dateEndDay = f.dateEndDay,
      n.placeId = f.placeId, n.aliases = f.aliases,
      n.aliasText = reduce(text = '', a IN f.aliases | text + ' ' + a)
}
CALL (n, row) {
  UNWIND row.flags AS flag
  MATCH (c:Claim {id: flag.id})
  SET c.preferred = flag.preferred, c.disputed = flag.disputed
}
CALL (n, row) {
  // Every relationship out of the entity takes its role and dates from the claims about it;
  // one without any (its sources gave none, or the only one that did was retracted) has none.
  WITH n, row WHERE row.relationships IS NOT NULL
  MATCH (n)-[x:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED]->(o:Entity)
  WITH x, [rel IN row.relationships WHERE rel.type = type(x) AND rel.to = o.id][0] AS rel
  SET x.role = rel.role, x.since = rel.since, x.until = rel.until
}
CALL (n, row) {
  WITH n, row WHERE row.keys IS NOT NULL
  UNWIND row.keys AS k
  MERGE (key:NameKey {key: k.key})
  MERGE (key)-[r:NAMES]->(n)
  SET r.kind = k.kind
}
CALL (n, row) {
  WITH n, row WHERE row.keys IS NOT NULL
  MATCH (key:NameKey)-[r:NAMES]->(n)
  WHERE NOT key.key IN [k IN row.keys | k.key] AND r.mergedFrom IS NULL
  DELETE r
  WITH DISTINCT key
  WHERE NOT EXISTS { (key)-[:NAMES]->() }
  DELETE key
}
