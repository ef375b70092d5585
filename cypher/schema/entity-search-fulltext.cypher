// Ranked, typo-tolerant search over names, aliases and descriptions. "standard-folding" folds
// diacritics (Alfyorov / Alfyórov) and case.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organization|Place|Event) ON EACH [n.name, n.aliasText, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
