// Sources, newest first (undated last), optionally of one publisher ("Guardian" finds
// "The Guardian": compared by the same folding as names, passed in as $publisherKey).
MATCH (s:Source)
WITH s, toLower(trim(coalesce(s.publisher, ''))) AS publisher
WITH s, CASE WHEN publisher STARTS WITH 'the ' THEN substring(publisher, 4) ELSE publisher END AS publisherKey
WHERE $publisherKey IS NULL OR publisherKey = $publisherKey
RETURN @source(s) AS source
ORDER BY coalesce(s.published, '') DESC, s.title, s.id
LIMIT 1000
