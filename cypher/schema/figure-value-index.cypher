CREATE INDEX figure_value IF NOT EXISTS FOR (f:Figure) ON (f.value)
