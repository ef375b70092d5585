MATCH (s:Source)
RETURN s { .id, .title, .publisher, .url, .published } AS source
ORDER BY s.title, s.id
LIMIT 1000
