UNWIND $ids AS id
MATCH (:Entity {id: id})-[:CITED_IN]->(s:Source)
RETURN id, collect(s { .id, .title, .publisher, .url, .published }) AS sources
