// Figures with their attribution, bundle by bundle. Source, subjects, reporter and intermediary
// are relationships; the attribution's kind, label and time are properties of the figure.
CYPHER replan=skip
UNWIND $bundles AS b
MATCH (s:Source {id: b.sourceId})
UNWIND b.figures AS f
// A figure id another source already used is stored under a new id: one report never
// overwrites another's figure. Returned so the ingest can say so.
OPTIONAL MATCH (taken:Figure {id: f.id}) WHERE taken.sourceId <> b.sourceId
WITH s, b, f, CASE WHEN taken IS NULL THEN f.id ELSE f.id + '--' + substring(b.sourceId, 7) END AS figureId
MERGE (fig:Figure {id: figureId})
SET fig.value = toFloat(f.value), fig.lowerBound = toFloat(f.lowerBound), fig.upperBound = toFloat(f.upperBound),
    fig.qualifier = f.qualifier, fig.counts = f.counts, fig.measure = f.measure,
    fig.unit = f.unit, fig.currency = f.currency,
    fig.refersTo = f.refersTo, fig.refersToEnd = f.refersToEnd, fig.refersToLabel = f.refersToLabel,
    fig.refersFromDay = f.refersFromDay, fig.refersToDay = f.refersToDay,
    fig.statement = f.statement,
    fig.attributionKind = f.attributionKind, fig.reporterLabel = f.reporterLabel,
    fig.said = f.said, fig.saidLabel = f.saidLabel,
    fig.sourceId = b.sourceId, fig.evidenceStart = f.evidenceStart, fig.evidenceEnd = f.evidenceEnd
MERGE (fig)-[:CITED_IN]->(s)
WITH fig, f, figureId
CALL (fig, f) {
  UNWIND f.about AS aboutId
  MATCH (e:Entity {id: aboutId})
  MERGE (fig)-[:ABOUT]->(e)
}
CALL (fig, f) {
  WITH fig, f WHERE f.reportedBy IS NOT NULL
  MATCH (e:Entity {id: f.reportedBy})
  MERGE (fig)-[:REPORTED_BY]->(e)
}
CALL (fig, f) {
  WITH fig, f WHERE f.via IS NOT NULL
  MATCH (e:Entity {id: f.via})
  MERGE (fig)-[:VIA]->(e)
}
WITH f, figureId WHERE figureId <> f.id
RETURN f.id AS from, figureId AS to
