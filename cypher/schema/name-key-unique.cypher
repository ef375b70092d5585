// One node per normalised spelling; several entities may share one (an ambiguous name).
CREATE CONSTRAINT name_key_unique IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE
