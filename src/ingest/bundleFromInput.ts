/**
 * Turns the GraphQL ArticleBundleInput into the JSON shape of a bundle file, so both go
 * through the same zod validation: nulls dropped, EntityType enum values (PERSON) mapped to
 * the bundle's type names (Person). Pure; never throws.
 */
const entityTypes: Record<string, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
  EVENT: 'Event',
};

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== null && inner !== undefined) out[key] = dropNulls(inner);
    }
    return out;
  }
  return value;
}

export function bundleFromInput(input: Record<string, unknown>): unknown {
  const bundle = dropNulls(input) as Record<string, unknown>;
  if (Array.isArray(bundle.entities)) {
    bundle.entities = bundle.entities.map((entity: Record<string, unknown>) => ({
      ...entity,
      type: entityTypes[entity.type as string] ?? entity.type,
    }));
  }
  return bundle;
}
