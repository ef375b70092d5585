CREATE INDEX figure_measure IF NOT EXISTS FOR (f:Figure) ON (f.measure)
