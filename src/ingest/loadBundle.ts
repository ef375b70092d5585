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

/** Name keys of every spelling of every entity, deduplicated (see src/graph/nameKeys.ts). */
export function bundleNameKeys(bundle: Bundle): Array<{ entityId: string; key: string; kind: string }> {
  const seen = new Set<string>();
  const keys: Array<{ entityId: string; key: string; kind: string }> = [];
  const add = (entityId: string, key: string, kind: string) => {
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

/**
 * Writes a validated bundle in one transaction with MERGE on unique ids: all of it or none of
 * it, and loading it again changes nothing. Each step is one UNWIND over the items.
 */
export async function loadBundle(executor: Executor, bundle: Bundle): Promise<LoadResult> {
  const sourceId = bundle.source.id;
  const entities = bundle.entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    description: nullIfUndefined(entity.description),
    kind: 'kind' in entity ? nullIfUndefined(entity.kind) : null,
    date: entity.type === 'Event' ? nullIfUndefined(entity.date) : null,
    dateLabel: entity.type === 'Event' ? nullIfUndefined(entity.dateLabel) : null,
    dateStartDay: entity.type === 'Event' && entity.date !== undefined ? startOf(entity.date) : null,
    dateEndDay: entity.type === 'Event' && entity.date !== undefined ? endOf(entity.date) : null,
  }));
  const events = bundle.entities.flatMap((entity) =>
    entity.type === 'Event' && entity.place !== undefined ? [{ id: entity.id, place: entity.place }] : [],
  );
  const figures = bundle.figures.map((figure) => ({
    ...figure,
    lowerBound: nullIfUndefined(figure.lowerBound),
    upperBound: nullIfUndefined(figure.upperBound),
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
    attribution: {
      kind: figure.attribution.kind,
      reportedBy: nullIfUndefined(figure.attribution.reportedBy),
      reporterLabel: nullIfUndefined(figure.attribution.reporterLabel),
      via: nullIfUndefined(figure.attribution.via),
      said: nullIfUndefined(figure.attribution.said),
      saidLabel: nullIfUndefined(figure.attribution.saidLabel),
    },
  }));
  const relationships = bundle.relationships.map((relationship) => ({
    ...relationship,
    role: nullIfUndefined(relationship.role),
    since: nullIfUndefined(relationship.since),
    until: nullIfUndefined(relationship.until),
  }));

  const { counters } = await executor.writeAllWithCounters([
    {
      name: 'ingest/merge-source',
      params: {
        source: {
          id: sourceId,
          title: bundle.source.title,
          publisher: nullIfUndefined(bundle.source.publisher),
          url: nullIfUndefined(bundle.source.url),
          published: nullIfUndefined(bundle.source.published),
        },
      },
    },
    { name: 'ingest/merge-entities', params: { entities, sourceId } },
    { name: 'ingest/merge-name-keys', params: { keys: bundleNameKeys(bundle) } },
    { name: 'ingest/merge-event-places', params: { events, sourceId } },
    { name: 'ingest/merge-relationships', params: { relationships, sourceId } },
    { name: 'ingest/merge-figures', params: { figures, sourceId } },
  ]);
  return {
    sourceId,
    nodesCreated: counters.nodesCreated,
    relationshipsCreated: counters.relationshipsCreated,
    unchanged: counters.nodesCreated === 0 && counters.relationshipsCreated === 0,
  };
}
