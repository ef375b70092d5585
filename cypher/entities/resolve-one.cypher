// One entity by id, name or alias, for `entity(name:)`: resolved in the statement
// (fragments/resolve-name), so the request can be one statement. `entity` is null when the
// name matches nothing or several entities (`resolved.candidates` then says which).
WITH $lookup AS lookup
//@include fragments/resolve-name
OPTIONAL MATCH (e:Entity {id: resolved.id})
RETURN resolved,
  CASE WHEN e IS NULL THEN null ELSE @entity(e) END AS entity
