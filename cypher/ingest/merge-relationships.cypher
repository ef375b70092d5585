// Relationships between entities, each recording the sources that support it. The type comes
// from a closed list validated before this runs (src/ingest/bundleSchema.ts).
UNWIND $relationships AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[x:$(r.type)]->(b)
ON CREATE SET x.sources = []
SET x.role = coalesce(x.role, r.role),
    x.since = coalesce(x.since, r.since),
    x.until = coalesce(x.until, r.until),
    x.sources = CASE WHEN $sourceId IN x.sources THEN x.sources ELSE x.sources + $sourceId END
