// How many entities each given source names and how many figures it gives, for a source record
// read without them (a request's own statement counts them in the record, src/db/projections.ts).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, COUNT { (s)<-[:CITED_IN]-(:Entity) } AS entityCount, COUNT { (s)<-[:CITED_IN]-(:Figure) } AS figureCount
