// Everything needed to fold $duplicate into $keep and to undo it: the duplicate's labels and
// properties and every relationship it has, each with the other end's identity.
MATCH (d:Entity {id: $duplicate})
MATCH (k:Entity {id: $keep})
RETURN properties(d) AS props,
  [l IN labels(d)] AS labels,
  k.aliases AS keepAliases, k.aliasText AS keepAliasText, k.name AS keepName,
  COLLECT {
    MATCH (d)-[r]-(o)
    RETURN {
      type: type(r),
      direction: CASE WHEN startNode(r) = d THEN 'OUT' ELSE 'IN' END,
      otherLabel: CASE WHEN o:NameKey THEN 'NameKey' WHEN o:Figure THEN 'Figure' WHEN o:Source THEN 'Source' WHEN o:Claim THEN 'Claim' ELSE 'Entity' END,
      otherId: coalesce(o.id, o.key),
      props: properties(r)
    }
  } AS relationships
