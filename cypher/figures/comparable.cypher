// Figures of the same measure as each given figure (not itself), oldest first, at most 100.
UNWIND $ids AS id
MATCH (f:Figure {id: id})
CALL (f) {
  MATCH (g:Figure {measure: f.measure})
  WHERE g <> f
  WITH g ORDER BY g.refersFromDay, g.id
  LIMIT 100
  RETURN collect(@figure(g)) AS figures
}
RETURN id, figures
