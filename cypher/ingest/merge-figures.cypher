// Figures with their attribution. Reporter, intermediary, subjects and source are
// relationships; the attribution's kind, label and time are properties of the figure.
UNWIND $figures AS f
MERGE (fig:Figure {id: f.id})
SET fig.value = toFloat(f.value), fig.lowerBound = toFloat(f.lowerBound), fig.upperBound = toFloat(f.upperBound),
    fig.qualifier = f.qualifier, fig.counts = f.counts, fig.measure = f.measure,
    fig.unit = f.unit, fig.currency = f.currency,
    fig.refersTo = f.refersTo, fig.refersToEnd = f.refersToEnd, fig.refersToLabel = f.refersToLabel,
    fig.refersFromDay = f.refersFromDay, fig.refersToDay = f.refersToDay,
    fig.statement = f.statement,
    fig.attributionKind = f.attribution.kind, fig.reporterLabel = f.attribution.reporterLabel,
    fig.said = f.attribution.said, fig.saidLabel = f.attribution.saidLabel,
    fig.sourceId = $sourceId
WITH fig, f
MATCH (s:Source {id: $sourceId})
MERGE (fig)-[:CITED_IN]->(s)
WITH fig, f
CALL (fig, f) {
  UNWIND f.about AS aboutId
  MATCH (e:Entity {id: aboutId})
  MERGE (fig)-[:ABOUT]->(e)
}
CALL (fig, f) {
  WITH fig, f WHERE f.attribution.reportedBy IS NOT NULL
  MATCH (e:Entity {id: f.attribution.reportedBy})
  MERGE (fig)-[:REPORTED_BY]->(e)
}
CALL (fig, f) {
  WITH fig, f WHERE f.attribution.via IS NOT NULL
  MATCH (e:Entity {id: f.attribution.via})
  MERGE (fig)-[:VIA]->(e)
}
