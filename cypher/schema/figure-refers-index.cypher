CREATE INDEX figure_refers_to IF NOT EXISTS FOR (f:Figure) ON (f.refersTo)
