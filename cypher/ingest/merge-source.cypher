// Sources, with whether each was in the graph already (a repeat or a corrected version).
CYPHER replan=skip
UNWIND $sources AS source
OPTIONAL MATCH (old:Source {id: source.id})
WITH source, old IS NOT NULL AS existed
MERGE (s:Source {id: source.id})
SET s.title = source.title,
    s.publisher = source.publisher,
    s.url = source.url,
    s.published = source.published
RETURN source.id AS id, existed
