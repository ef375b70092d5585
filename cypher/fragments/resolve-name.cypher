// Included into statements that take a name (`//@include fragments/resolve-name`), so that
// resolving it costs no round trip of its own. Reads `lookup` ({text, strict, loose} from
// src/graph/nameKeys.ts, or null) and gives `resolved`: {id, candidates}. The rule is
// entities/resolve-names': an exact id (or one mergeEntities folded into another) first, then
// name keys ranked exact name, exact alias, transliteration. `id` is null when nothing or
// several entities match best; `candidates` then holds the several (src/graph/findEntity.ts
// turns that into UNKNOWN_ENTITY or AMBIGUOUS_NAME).
CALL (lookup) {
  OPTIONAL MATCH (direct:Entity {id: lookup.text})
  OPTIONAL MATCH (m1:MergeRecord {duplicateId: lookup.text}) WHERE direct IS NULL
  OPTIONAL MATCH (m2:MergeRecord {duplicateId: m1.keepId})
  OPTIONAL MATCH (m3:MergeRecord {duplicateId: m2.keepId})
  OPTIONAL MATCH (byId:Entity {id: coalesce(direct.id, m3.keepId, m2.keepId, m1.keepId)})
  WITH lookup, byId,
    CASE WHEN lookup IS NULL OR byId IS NOT NULL THEN [] ELSE COLLECT {
      MATCH (k:NameKey) WHERE k.key IN [lookup.strict, lookup.loose]
      MATCH (k)-[r:NAMES]->(e:Entity)
      WITH e, min(CASE WHEN k.key = lookup.strict THEN (CASE r.kind WHEN 'name' THEN 0 ELSE 1 END) ELSE 2 END) AS rank
      RETURN {rank: rank, id: e.id} AS match ORDER BY match.rank, match.id LIMIT 20
    } END AS matches
  WITH CASE WHEN byId IS NOT NULL THEN [byId.id] ELSE [m IN matches WHERE m.rank = matches[0].rank | m.id] END AS best
  RETURN {id: CASE WHEN size(best) = 1 THEN best[0] ELSE null END, candidates: best} AS resolved
}
