import neo4j from 'neo4j-driver';
import type { Row } from './executor.js';

/**
 * JavaScript numbers that are whole go to Neo4j as integers (LIMIT, list slices and counts need
 * them); figure values are stored with toFloat() in their statements.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Row = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toParams(inner);
    return out;
  }
  return value;
}
