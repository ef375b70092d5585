import type { RunInTx } from '../graph/claims/recompute.js';
import { nameKeys, spellingVariants } from '../graph/nameKeys.js';
import type { Bundle } from './bundleSchema.js';

/** A bundle entity written onto an entity already in the graph under another id. */
export interface EntityLink {
  from: string;
  to: string;
  /** `merged`: the id was folded into `to` by mergeEntities; `name`: a spelling names `to`. */
  reason: 'merged' | 'name';
}

/**
 * The keys that identify a new entity with an existing one: the strict key of every spelling
 * (so "HUR" finds GUR when either gave that alias) and the transliteration-loose key of its
 * name ("Maksym Kuzminov" finds "Maxim Kuzminov"). Loose keys of aliases are left out: a short
 * alias folded loosely names too much.
 */
function linkKeys(entity: Bundle['entities'][number]): string[] {
  const keys = new Set<string>();
  for (const spelling of [entity.name, ...entity.aliases]) {
    for (const variant of spellingVariants(spelling)) {
      const { strict, loose } = nameKeys(variant);
      if (strict.length > 2) keys.add(strict);
      if (spelling === entity.name && loose.length > 2) keys.add(loose);
    }
  }
  return [...keys];
}

/** The bundle with every id in `map` replaced; relationships that became loops are dropped. */
export function renameEntities(bundle: Bundle, map: ReadonlyMap<string, string>): Bundle {
  if (map.size === 0) return bundle;
  const to = (id: string) => map.get(id) ?? id;
  return {
    ...bundle,
    entities: bundle.entities.map((entity) =>
      entity.type === 'Event' && entity.place !== undefined
        ? { ...entity, id: to(entity.id), place: to(entity.place) }
        : { ...entity, id: to(entity.id) },
    ),
    relationships: bundle.relationships
      .map((r) => ({ ...r, from: to(r.from), to: to(r.to) }))
      .filter((r) => r.from !== r.to),
    figures: bundle.figures.map((figure) => ({
      ...figure,
      about: [...new Set(figure.about.map(to))],
      attribution: {
        ...figure.attribution,
        ...(figure.attribution.reportedBy !== undefined && { reportedBy: to(figure.attribution.reportedBy) }),
        ...(figure.attribution.via !== undefined && { via: to(figure.attribution.via) }),
      },
    })),
  };
}

/**
 * One entity per real thing: an entity of the bundles whose id is not in the graph is written
 * onto an existing entity when the id was merged into it, or when its spellings name exactly
 * one existing entity of the same type. Two or more candidates are left alone (the pair shows
 * in `mergeCandidates` for a person to decide). One statement for all the bundles, inside the
 * ingest transaction.
 */
export async function linkEntities(run: RunInTx, bundles: readonly Bundle[]): Promise<{ bundles: Bundle[]; links: EntityLink[] }> {
  const entities = new Map<string, { id: string; type: string; keys: string[] }>();
  for (const bundle of bundles) {
    for (const entity of bundle.entities) {
      if (!entities.has(entity.id)) entities.set(entity.id, { id: entity.id, type: entity.type, keys: linkKeys(entity) });
    }
  }
  const links: EntityLink[] = [];
  const known = await run('ingest/existing-entities', { ids: [...entities.keys()] });
  for (const row of known) {
    entities.delete(row.id as string);
    if (row.exists !== true && typeof row.mergedInto === 'string') links.push({ from: row.id as string, to: row.mergedInto, reason: 'merged' });
  }
  if (entities.size > 0) {
    for (const row of await run('ingest/link-entities', { entities: [...entities.values()] })) {
      const candidates = row.candidates as string[];
      if (candidates.length === 1) links.push({ from: row.id as string, to: candidates[0]!, reason: 'name' });
    }
  }
  links.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const map = new Map(links.map((link) => [link.from, link.to]));
  return { bundles: bundles.map((bundle) => renameEntities(bundle, map)), links };
}
