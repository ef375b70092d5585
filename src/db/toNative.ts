import neo4j from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-able values: integers become numbers (they are ids,
 * counts and years here, far below 2^53), nodes and relationships become their properties,
 * temporal values their ISO strings. Never throws.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value !== 'object') return value;
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toNative(inner);
  return out;
}
