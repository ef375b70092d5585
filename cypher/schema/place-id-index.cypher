// See event-id-index.cypher: (:Place {id: ...}) in ingest/merge-event-places and queries/timeline.
CREATE INDEX place_id IF NOT EXISTS FOR (n:Place) ON (n.id)
