// The sources without stored counts (written before Source.entityCount and figureCount were kept).
MATCH (s:Source) WHERE s.entityCount IS NULL OR s.figureCount IS NULL
RETURN s.id AS id
