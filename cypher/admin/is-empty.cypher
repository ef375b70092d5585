MATCH (n) WHERE n:Entity OR n:Figure OR n:Source
RETURN count(n) = 0 AS empty
LIMIT 1
