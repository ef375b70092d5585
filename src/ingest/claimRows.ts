import { createHash } from 'node:crypto';
import type { Bundle } from './bundleSchema.js';

/** One value a source gives for one property of one entity (cypher/claims/merge.cypher). */
export interface ClaimRow {
  id: string;
  /** The property of the subject this value competes for: subject, property, qualifier. */
  slot: string;
  subjectId: string;
  property: string;
  qualifier: string;
  value: string;
  valueId: string | null;
  sourceId: string;
}

// An entity is defined again in every article that names it: the same texts are hashed again
// and again. Remembered, up to a bound (then forgotten all at once).
const hashes = new Map<string, string>();
const hash = (text: string) => {
  let digest = hashes.get(text);
  if (digest === undefined) {
    if (hashes.size >= 200_000) hashes.clear();
    digest = createHash('sha1').update(text).digest('hex').slice(0, 24);
    hashes.set(text, digest);
  }
  return digest;
};

function claim(sourceId: string, subjectId: string, property: string, value: string, qualifier = '', valueId: string | null = null): ClaimRow {
  // Spellings do not compete: each is a slot of its own, so one source gives many.
  const slot = property === 'alias' ? `${subjectId}|alias|${value}` : `${subjectId}|${property}|${qualifier}`;
  return { id: `claim:${hash(`${slot}|${value}`)}`, slot, subjectId, property, qualifier, value, valueId, sourceId };
}

/**
 * Every claim a bundle makes about its entities: each entity's name and spellings, its
 * description and kind, an event's date, worded time and place, and each relationship's role
 * and dates. Figures are claims of their own and are not repeated here. Deduplicated by id.
 */
export function claimRows(bundle: Bundle): ClaimRow[] {
  const sourceId = bundle.source.id;
  const rows = new Map<string, ClaimRow>();
  const add = (row: ClaimRow) => rows.set(row.id, row);
  for (const entity of bundle.entities) {
    add(claim(sourceId, entity.id, 'name', entity.name));
    for (const alias of entity.aliases) if (alias !== entity.name) add(claim(sourceId, entity.id, 'alias', alias));
    if (entity.description !== undefined) add(claim(sourceId, entity.id, 'description', entity.description));
    if ('kind' in entity && entity.kind !== undefined) add(claim(sourceId, entity.id, 'kind', entity.kind));
    if (entity.type === 'Event') {
      if (entity.date !== undefined) add(claim(sourceId, entity.id, 'date', entity.date));
      if (entity.dateLabel !== undefined) add(claim(sourceId, entity.id, 'dateLabel', entity.dateLabel));
      if (entity.place !== undefined) add(claim(sourceId, entity.id, 'place', entity.place, '', entity.place));
    }
  }
  for (const r of bundle.relationships) {
    const qualifier = `${r.type}>${r.to}`;
    if (r.role !== undefined) add(claim(sourceId, r.from, 'role', r.role, qualifier, r.to));
    if (r.since !== undefined) add(claim(sourceId, r.from, 'since', r.since, qualifier, r.to));
    if (r.until !== undefined) add(claim(sourceId, r.from, 'until', r.until, qualifier, r.to));
  }
  return [...rows.values()];
}
