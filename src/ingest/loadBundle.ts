import type { Executor } from '../graph/executor.js';
import { nameKeys } from '../graph/nameKeys.js';
import { endOf, startOf } from '../graph/partialDate.js';
import type { Bundle } from './bundleSchema.js';

export interface LoadResult {
  sourceId: string;
  nodesCreated: number;
  relationshipsCreated: number;
  /** True when the bundle was already in the graph and nothing changed. */
  unchanged: boolean;
}

/** What one transaction of several bundles created (loadBundles). */
export interface BatchResult {
  bundles: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

type KeyKind = 'name' | 'alias' | 'loose';
const keyRank: Record<KeyKind, number> = { loose: 0, alias: 1, name: 2 };

/** Name keys of every spelling of every entity, deduplicated (see src/graph/nameKeys.ts). */
export function bundleNameKeys(bundle: Bundle): Array<{ entityId: string; key: string; kind: KeyKind }> {
  const seen = new Set<string>();
  const keys: Array<{ entityId: string; key: string; kind: KeyKind }> = [];
  const add = (entityId: string, key: string, kind: KeyKind) => {
    const dedupe = `${entityId}\u0000${key}`;
    if (key.length <= 2 || seen.has(dedupe)) return;
    seen.add(dedupe);
    keys.push({ entityId, key, kind });
  };
  for (const entity of bundle.entities) {
    const spellings: Array<[string, 'name' | 'alias']> = [
      [entity.name, 'name'],
      ...entity.aliases.map((alias): [string, 'alias'] => [alias, 'alias']),
    ];
    for (const [spelling, kind] of spellings) {
      const { strict, loose } = nameKeys(spelling);
      add(entity.id, strict, kind);
      add(entity.id, loose, 'loose');
    }
  }
  return keys;
}

const nullIfUndefined = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

interface EntityRow {
  id: string;
  types: string[];
  name: string;
  aliases: string[];
  description: string | null;
  kind: string | null;
  date: string | null;
  dateLabel: string | null;
  dateStartDay: string | null;
  dateEndDay: string | null;
  sourceIds: string[];
  keys: Array<{ key: string; kind: KeyKind }>;
}

interface RelationshipRow {
  from: string;
  type: string;
  to: string;
  role: string | null;
  since: string | null;
  until: string | null;
  sourceIds: string[];
}

const addOnce = (list: string[], value: string) => {
  if (!list.includes(value)) list.push(value);
};

/**
 * The statements' parameters for several bundles, in bundle order. An entity or relationship
 * named by several bundles becomes one row that gives what the rows, merged one after the
 * other, would have given: the first name and the first non-null of each property, every
 * alias in order, every citing source, each name key at its strongest kind. Fewer rows and no
 * two rows for one node in a statement.
 */
function batchParams(bundles: readonly Bundle[]) {
  const sources = bundles.map(({ source }) => ({
    id: source.id,
    title: source.title,
    publisher: nullIfUndefined(source.publisher),
    url: nullIfUndefined(source.url),
    published: nullIfUndefined(source.published),
  }));

  const entities = new Map<string, EntityRow & { keyAt: Map<string, number> }>();
  const relationships = new Map<string, RelationshipRow>();
  const relate = (sourceId: string, from: string, type: string, to: string, role?: string, since?: string, until?: string) => {
    const id = `${from}\u0000${type}\u0000${to}`;
    const row = relationships.get(id);
    if (row === undefined) {
      relationships.set(id, { from, type, to, role: role ?? null, since: since ?? null, until: until ?? null, sourceIds: [sourceId] });
      return;
    }
    row.role ??= role ?? null;
    row.since ??= since ?? null;
    row.until ??= until ?? null;
    addOnce(row.sourceIds, sourceId);
  };

  for (const bundle of bundles) {
    const sourceId = bundle.source.id;
    for (const entity of bundle.entities) {
      const isEvent = entity.type === 'Event';
      const date = isEvent ? nullIfUndefined(entity.date) : null;
      const fields = {
        description: nullIfUndefined(entity.description),
        kind: 'kind' in entity ? nullIfUndefined(entity.kind) : null,
        date,
        dateLabel: isEvent ? nullIfUndefined(entity.dateLabel) : null,
        dateStartDay: date !== null ? startOf(date) : null,
        dateEndDay: date !== null ? endOf(date) : null,
      };
      let row = entities.get(entity.id);
      if (row === undefined) {
        row = { id: entity.id, types: [entity.type], name: entity.name, aliases: [...entity.aliases], ...fields, sourceIds: [sourceId], keys: [], keyAt: new Map() };
        entities.set(entity.id, row);
      } else {
        addOnce(row.types, entity.type);
        row.aliases.push(...entity.aliases);
        row.description ??= fields.description;
        row.kind ??= fields.kind;
        row.date ??= fields.date;
        row.dateLabel ??= fields.dateLabel;
        row.dateStartDay ??= fields.dateStartDay;
        row.dateEndDay ??= fields.dateEndDay;
        addOnce(row.sourceIds, sourceId);
      }
    }
    // Within a bundle a key keeps its first kind; across bundles the strongest wins, as the
    // statement's CASE would make it.
    for (const { entityId, key, kind } of bundleNameKeys(bundle)) {
      const row = entities.get(entityId)!;
      const at = row.keyAt.get(key);
      if (at === undefined) {
        row.keyAt.set(key, row.keys.length);
        row.keys.push({ key, kind });
      } else if (keyRank[kind] > keyRank[row.keys[at]!.kind]) {
        row.keys[at] = { key, kind };
      }
    }
    // An event's place is an OCCURRED_IN relationship like any other.
    for (const entity of bundle.entities) {
      if (entity.type === 'Event' && entity.place !== undefined) relate(sourceId, entity.id, 'OCCURRED_IN', entity.place);
    }
    for (const r of bundle.relationships) relate(sourceId, r.from, r.type, r.to, r.role, r.since, r.until);
  }

  const figures = bundles.map((bundle) => ({
    sourceId: bundle.source.id,
    figures: bundle.figures.map((figure) => ({
      id: figure.id,
      value: figure.value,
      lowerBound: nullIfUndefined(figure.lowerBound),
      upperBound: nullIfUndefined(figure.upperBound),
      qualifier: figure.qualifier,
      counts: figure.counts,
      measure: figure.measure,
      unit: nullIfUndefined(figure.unit),
      currency: nullIfUndefined(figure.currency),
      refersTo: nullIfUndefined(figure.refersTo),
      refersToEnd: nullIfUndefined(figure.refersToEnd),
      refersToLabel: nullIfUndefined(figure.refersToLabel),
      // The first and last day the figure's time can mean, for date-range filters.
      refersFromDay: figure.refersTo !== undefined ? startOf(figure.refersTo) : null,
      refersToDay:
        figure.refersToEnd !== undefined
          ? endOf(figure.refersToEnd)
          : figure.refersTo !== undefined
            ? endOf(figure.refersTo)
            : null,
      statement: figure.statement,
      attributionKind: figure.attribution.kind,
      reporterLabel: nullIfUndefined(figure.attribution.reporterLabel),
      said: nullIfUndefined(figure.attribution.said),
      saidLabel: nullIfUndefined(figure.attribution.saidLabel),
      about: figure.about,
      reportedBy: nullIfUndefined(figure.attribution.reportedBy),
      via: nullIfUndefined(figure.attribution.via),
    })),
  }));

  return {
    sources,
    entities: [...entities.values()].map(({ keyAt: _, ...row }) => row),
    relationships: [...relationships.values()],
    figures,
  };
}

/**
 * Writes validated bundles in one transaction with MERGE on unique ids: all of them or none,
 * and loading them again changes nothing. Four statements whatever the number of bundles,
 * each one UNWIND over the items of every bundle.
 */
export async function loadBundles(executor: Executor, bundles: readonly Bundle[]): Promise<BatchResult> {
  const { sources, entities, relationships, figures } = batchParams(bundles);
  const { counters } = await executor.writeAllWithCounters([
    { name: 'ingest/merge-source', params: { sources } },
    { name: 'ingest/merge-entities', params: { entities } },
    { name: 'ingest/merge-relationships', params: { relationships } },
    { name: 'ingest/merge-figures', params: { bundles: figures } },
  ]);
  return { bundles: bundles.length, nodesCreated: counters.nodesCreated, relationshipsCreated: counters.relationshipsCreated };
}

/** Writes one validated bundle in its own transaction (see loadBundles). */
export async function loadBundle(executor: Executor, bundle: Bundle): Promise<LoadResult> {
  const { nodesCreated, relationshipsCreated } = await loadBundles(executor, [bundle]);
  return {
    sourceId: bundle.source.id,
    nodesCreated,
    relationshipsCreated,
    unchanged: nodesCreated === 0 && relationshipsCreated === 0,
  };
}
