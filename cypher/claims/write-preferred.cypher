// Writes what the preference rule chose (src/graph/claims/recompute.ts): the plain fields,
// the aliases and name keys from every spelling any source gives, each relationship's role and
// dates, and each claim's preferred and disputed flags.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.name = row.name, n.description = row.description, n.kind = row.kind,
    n.date = row.date, n.dateLabel = row.dateLabel, n.dateStartDay = row.dateStartDay, n.dateEndDay = row.dateEndDay,
    n.placeId = row.placeId, n.aliases = row.aliases,
    n.aliasText = reduce(text = '', a IN row.aliases | text + ' ' + a)
WITH n, row
CALL (n, row) {
  UNWIND row.flags AS flag
  MATCH (c:Claim {id: flag.id})
  SET c.preferred = flag.preferred, c.disputed = flag.disputed
}
CALL (n, row) {
  // Every relationship out of the entity takes its role and dates from the claims about it;
  // one without any (its sources gave none, or the only one that did was retracted) has none.
  MATCH (n)-[x:MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED]->(o:Entity)
  WITH x, [rel IN row.relationships WHERE rel.type = type(x) AND rel.to = o.id][0] AS rel
  SET x.role = rel.role, x.since = rel.since, x.until = rel.until
}
CALL (n, row) {
  UNWIND row.keys AS k
  MERGE (key:NameKey {key: k.key})
  MERGE (key)-[r:NAMES]->(n)
  SET r.kind = k.kind
}
CALL (n, row) {
  MATCH (key:NameKey)-[r:NAMES]->(n)
  WHERE NOT key.key IN [k IN row.keys | k.key] AND r.mergedFrom IS NULL
  DELETE r
  WITH DISTINCT key
  WHERE NOT EXISTS { (key)-[:NAMES]->() }
  DELETE key
}
