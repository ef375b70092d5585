// An organisation with its members (and their organisations and events), its parts (and
// their members and parts), what it is part of, and where it is, two levels out.
MATCH (o:Entity {id: $id}) WHERE o:Organization
RETURN o {
  .id, .name,
  members: COLLECT {
    MATCH (o)<-[r:MEMBER_OF|LEADS]-(p:Entity)
    RETURN { role: r.role, other: p { .id, .name,
      organizations: COLLECT { MATCH (p)-[r2:MEMBER_OF|LEADS]->(x:Entity) RETURN { role: r2.role, other: x { .id, .name } } },
      events: COLLECT { MATCH (p)-[r3:PARTICIPATED_IN]->(x:Entity) RETURN { role: r3.role, other: x { .id, .name } } }
    } }
  },
  parts: COLLECT {
    MATCH (o)<-[:PART_OF|OPERATED_BY]-(p:Entity)
    RETURN { other: p { .id, .name,
      members: COLLECT { MATCH (p)<-[r2:MEMBER_OF|LEADS]-(x:Entity) RETURN { role: r2.role, other: x { .id, .name } } },
      parts: COLLECT { MATCH (p)<-[:PART_OF|OPERATED_BY]-(x:Entity) RETURN { other: x { .id, .name } } }
    } }
  },
  partOf: COLLECT {
    MATCH (o)-[:PART_OF|OPERATED_BY]->(p:Entity)
    RETURN { other: p { .id, .name,
      partOf: COLLECT { MATCH (p)-[:PART_OF|OPERATED_BY]->(x:Entity) RETURN { other: x { .id, .name } } }
    } }
  },
  locatedIn: COLLECT {
    MATCH (o)-[:LOCATED_IN]->(p:Entity)
    RETURN { other: p { .id, .name,
      locatedIn: COLLECT { MATCH (p)-[:LOCATED_IN]->(x:Entity) RETURN { other: x { .id, .name } } }
    } }
  }
} AS node
