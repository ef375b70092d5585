import neo4j from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-able values: integers become numbers (they are ids,
 * counts and years here, far below 2^53), nodes and relationships become their properties,
 * temporal values their ISO strings. Never throws. Returns new arrays and objects; the value
 * given is left as it is.
 */
export function toNative(value: unknown): unknown {
  return convert(value, false);
}

/**
 * The same conversion for a value that the caller owns and nobody else holds (a field of a
 * record the driver has just decoded): its plain objects and arrays are converted where they
 * are instead of copied, which is most of the allocation of a result on the request path.
 */
export function toNativeInPlace(value: unknown): unknown {
  return convert(value, true);
}

const objectPrototype = Object.prototype;

function convert(value: unknown, inPlace: boolean): unknown {
  // Strings, numbers and booleans are most of a result: decide them before any driver check.
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const list = inPlace ? value : new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) list[i] = convert(value[i], inPlace);
    return list;
  }
  // Maps decoded from Bolt are plain objects; driver types (Integer, Node, temporal values)
  // are class instances.
  if (Object.getPrototypeOf(value) === objectPrototype && !neo4j.isInt(value)) return convertEntries(value as Record<string, unknown>, inPlace);
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return convertEntries(value.properties as Record<string, unknown>, inPlace);
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
  return convertEntries(value as Record<string, unknown>, false);
}

function convertEntries(value: Record<string, unknown>, inPlace: boolean): Record<string, unknown> {
  const keys = Object.keys(value);
  if (inPlace) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const inner = value[key];
      // Only what needs converting is written back.
      if (inner === undefined || (inner !== null && typeof inner === 'object')) value[key] = convert(inner, true);
    }
    return value;
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    out[key] = convert(value[key], false);
  }
  return out;
}
