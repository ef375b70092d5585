// One node per value a source gives for a property of an entity (see src/graph/claims/).
CREATE CONSTRAINT claim_id_unique IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE
