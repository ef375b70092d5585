// A slot is one property of one subject: the claims that compete for the plain field.
CREATE INDEX claim_slot IF NOT EXISTS FOR (c:Claim) ON (c.slot)
