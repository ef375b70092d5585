// Query.disagreements starts from the disputed claims.
CREATE INDEX claim_disputed IF NOT EXISTS FOR (c:Claim) ON (c.disputed)
