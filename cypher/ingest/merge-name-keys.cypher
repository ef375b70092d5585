// Lookup keys of names and aliases (see src/graph/nameKeys.ts). kind: name | alias | loose.
UNWIND $keys AS k
MERGE (key:NameKey {key: k.key})
WITH key, k
MATCH (e:Entity {id: k.entityId})
MERGE (key)-[r:NAMES]->(e)
ON CREATE SET r.kind = k.kind
SET r.kind = CASE WHEN r.kind = 'name' OR k.kind = 'name' THEN 'name'
                  WHEN r.kind = 'alias' OR k.kind = 'alias' THEN 'alias'
                  ELSE 'loose' END
