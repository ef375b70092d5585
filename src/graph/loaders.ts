import DataLoader from 'dataloader';
import type { Executor } from './executor.js';
import { nameKeys } from './nameKeys.js';
import type { EntityRecord, FigurePage, FigureRecord, RelationRecord, SourceRecord } from './records.js';

/** What a name, alias or id resolves to: exact-id match first, then ranked key matches. */
export interface NameResolution {
  byId: EntityRecord | null;
  matches: Array<{ rank: number; entity: EntityRecord }>;
}

export interface FigurePageKey {
  entityId: string;
  /** Figures an entity reported, figures about an entity, or figures read in a source. */
  relType: 'REPORTED_BY' | 'ABOUT' | 'CITED_IN';
  offset: number;
  limit: number;
}

/**
 * Per-request batch loaders: every field that needs rows by key goes through one of these,
 * so a request costs one query per kind of data, not one per row. Rows that a query already
 * returned nested (a figure's reporter, a relation's other end) are primed into the entity
 * loader so asking for them again costs nothing.
 */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  figure: DataLoader<string, FigureRecord | null>;
  source: DataLoader<string, SourceRecord | null>;
  names: DataLoader<string, NameResolution>;
  /**
   * An entity's relations. With `twoHops`, the same round trip also loads (and caches) the
   * relations of every neighbour, for queries that ask two levels deep.
   */
  relations: DataLoader<{ id: string; twoHops: boolean }, RelationRecord[], string>;
  entitySources: DataLoader<string, SourceRecord[]>;
  figurePage: DataLoader<FigurePageKey, FigurePage, string>;
  comparable: DataLoader<string, FigureRecord[]>;
  primeEntity(record: EntityRecord | null | undefined): void;
}

function byKey<T>(rows: Array<Record<string, unknown>>, key: string, value: string): Map<string, T> {
  return new Map(rows.map((row) => [row[key] as string, row[value] as T]));
}

export function createLoaders(executor: Executor): Loaders {
  const entity = new DataLoader<string, EntityRecord | null>(async (ids) => {
    const found = byKey<EntityRecord | null>(await executor.read('entities/by-ids', { ids: [...ids] }), 'id', 'entity');
    return ids.map((id) => found.get(id) ?? null);
  });
  const primeEntity = (record: EntityRecord | null | undefined) => {
    if (record != null) entity.prime(record.id, record);
  };

  const groupRelations = (ids: readonly string[], rows: Array<Record<string, unknown>>, keepAll: boolean) => {
    const grouped = new Map<string, RelationRecord[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const relation = row as unknown as RelationRecord & { id: string };
      primeEntity(relation.other);
      if (!grouped.has(relation.id) && keepAll) grouped.set(relation.id, []);
      grouped.get(relation.id)?.push(relation);
    }
    return grouped;
  };
  const relations = new DataLoader<{ id: string; twoHops: boolean }, RelationRecord[], string>(
    async (keys) => {
      const deep = [...new Set(keys.filter((k) => k.twoHops).map((k) => k.id))];
      const grouped = new Map<string, RelationRecord[]>();
      if (deep.length > 0) {
        const found = groupRelations(deep, await executor.read('entities/relations-two-hops', { ids: deep }), true);
        for (const [id, list] of found) {
          grouped.set(id, list);
          relations.prime({ id, twoHops: false }, list);
        }
      }
      // Asked in the same batch and not already among the neighbours just loaded.
      const rest = [...new Set(keys.map((k) => k.id).filter((id) => !grouped.has(id)))];
      if (rest.length > 0) {
        const found = groupRelations(rest, await executor.read('entities/relations', { ids: rest }), false);
        for (const [id, list] of found) grouped.set(id, list);
      }
      return keys.map((k) => grouped.get(k.id) ?? []);
    },
    { cacheKeyFn: (key) => key.id },
  );

  return {
    entity,
    primeEntity,
    figure: new DataLoader(async (ids) => {
      const found = byKey<FigureRecord | null>(await executor.read('figures/by-ids', { ids: [...ids] }), 'id', 'figure');
      return ids.map((id) => found.get(id) ?? null);
    }),
    source: new DataLoader(async (ids) => {
      const found = byKey<SourceRecord | null>(await executor.read('sources/by-ids', { ids: [...ids] }), 'id', 'source');
      return ids.map((id) => found.get(id) ?? null);
    }),
    names: new DataLoader(async (texts) => {
      const lookups = texts.map((text) => ({ text, ...nameKeys(text) }));
      const rows = await executor.read('entities/resolve-names', { lookups });
      const found = new Map(rows.map((row) => [row.text as string, row as unknown as NameResolution]));
      return texts.map((text) => {
        const resolution = found.get(text) ?? { byId: null, matches: [] };
        primeEntity(resolution.byId);
        for (const match of resolution.matches) primeEntity(match.entity);
        return resolution;
      });
    }),
    relations,
    entitySources: new DataLoader(async (ids) => {
      const found = byKey<SourceRecord[]>(await executor.read('entities/sources', { ids: [...ids] }), 'id', 'sources');
      return ids.map((id) => found.get(id) ?? []);
    }),
    figurePage: new DataLoader(
      async (keys) => {
        const requests = keys.map((key) => ({ ...key, id: key.entityId, key: figurePageKey(key) }));
        const ofSources = requests.filter((r) => r.relType === 'CITED_IN');
        const ofEntities = requests.filter((r) => r.relType !== 'CITED_IN');
        const rows = [
          ...(ofEntities.length > 0 ? await executor.read('entities/figure-pages', { requests: ofEntities }) : []),
          ...(ofSources.length > 0 ? await executor.read('sources/figure-pages', { requests: ofSources }) : []),
        ];
        const pages = new Map<string, FigurePage>();
        for (const row of rows) {
          const key = row.key as string;
          const request = requests.find((r) => r.key === key);
          const page = pages.get(key) ?? { total: row.total as number, offset: request?.offset ?? 0, figures: [] };
          if (row.figure != null) page.figures.push(row.figure as FigureRecord);
          pages.set(key, page);
        }
        return keys.map((key) => pages.get(figurePageKey(key)) ?? { total: 0, offset: key.offset, figures: [] });
      },
      { cacheKeyFn: figurePageKey },
    ),
    comparable: new DataLoader(async (ids) => {
      const found = byKey<FigureRecord[]>(await executor.read('figures/comparable', { ids: [...ids] }), 'id', 'figures');
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}

function figurePageKey(key: FigurePageKey): string {
  return `${key.relType}|${key.entityId}|${key.offset}|${key.limit}`;
}
