// Entities by id, in the order asked; a missing id gives a null entity.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id,
  CASE WHEN e IS NULL THEN null
  ELSE e { .id, .name, .aliases, .description, .kind, .date, .dateLabel,
           type: [label IN labels(e) WHERE label IN ['Person', 'Organization', 'Place', 'Event']][0] }
  END AS entity
