UNWIND $ids AS id
MATCH (:Entity {id: id})-[:CITED_IN]->(s:Source)
RETURN id, collect(@source(s)) AS sources
