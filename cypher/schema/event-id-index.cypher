// Events and places are also looked up by label and id (ingest/merge-event-places,
// queries/timeline); the Entity constraint does not serve a Event- or Place-labelled match.
CREATE INDEX event_id IF NOT EXISTS FOR (n:Event) ON (n.id)
