import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { nameKeys } from './nameKeys.js';
import type { ClaimRecord, EntityRecord, FigurePage, FigureRecord, RelationRecord, SourceRecord } from './records.js';

/** What a name, alias or id resolves to: exact-id match first, then ranked key matches. */
export interface NameResolution {
  byId: EntityRecord | null;
  matches: Array<{ rank: number; entity: EntityRecord }>;
}

/** Relationship type and direction pairs such as `MEMBER_OF:IN`, or every pair. */
export type RelationPairs = ReadonlySet<string> | 'all';

function coversPairs(have: RelationPairs, want: RelationPairs): boolean {
  if (have === 'all') return true;
  if (want === 'all') return false;
  for (const pair of want) if (!have.has(pair)) return false;
  return true;
}
/** How the two-hop statement spells "every pair". */
const ALL = '*';
const pairList = (pairs: RelationPairs) => (pairs === 'all' ? [ALL] : [...pairs].sort());
const pairsKey = (pairs: RelationPairs | null) => (pairs === null ? '-' : pairs === 'all' ? '*' : [...pairs].sort().join(','));

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
   * An entity's relations, at least those of the `wanted` type:direction pairs (the caller
   * filters). With `next`, the same round trip also loads the neighbours' relations of those
   * pairs, for a query that asks two levels deep: the neighbours' own fields then find them
   * loaded. Only what is asked is expanded, so a country next to the entity does not bring its
   * every citizen along.
   */
  relations(id: string, wanted: RelationPairs, next: RelationPairs | null): Promise<RelationRecord[]>;
  /**
   * The same list when this request already holds it (the request's statement primed it), else
   * undefined: a resolver then answers without a promise, which graphql-js completes faster.
   */
  relationsHeld(id: string, wanted: RelationPairs, next: RelationPairs | null): RelationRecord[] | undefined;
  entitySources: DataLoader<string, SourceRecord[]>;
  figurePage: DataLoader<FigurePageKey, FigurePage, string>;
  comparable: DataLoader<string, FigureRecord[]>;
  /** An entity's property claims and the ids of the figures about it, of one property or all. */
  claims: DataLoader<{ id: string; property: string | null }, { claims: ClaimRecord[]; figureIds: string[] }, string>;
  /** The entities a source names, by name. */
  sourceEntities: DataLoader<string, EntityRecord[]>;
  /** A source's claims about the entities it names. */
  sourceClaims: DataLoader<string, ClaimRecord[]>;
  primeEntity(record: EntityRecord | null | undefined): void;
  /**
   * Records an entity's relations of some pairs, read by the request's statement: merged with
   * what the request already holds of that entity, kept in the relations statement's order.
   */
  primeRelations(id: string, pairs: RelationPairs, list: RelationRecord[]): void;
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

  const groupRelations = (ids: readonly string[], rows: Array<Record<string, unknown>>) => {
    const grouped = new Map<string, RelationRecord[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const relation = row as unknown as RelationRecord & { id: string };
      if (!grouped.has(relation.id)) grouped.set(relation.id, []);
      // The two-hop statement also gives the asked entities themselves (`node` needs no read of its own).
      if (row.self != null) primeEntity(row.self as EntityRecord);
      // A neighbour with none of the asked relations comes as one row without a type.
      if (relation.type == null) continue;
      primeEntity(relation.other);
      grouped.get(relation.id)!.push(relation);
    }
    return grouped;
  };
  // What this request has loaded of each entity's relations, and which pairs that covers.
  const loaded = new Map<string, { pairs: RelationPairs; list: RelationRecord[] }>();
  const remember = (id: string, pairs: RelationPairs, list: RelationRecord[]) => {
    const known = loaded.get(id);
    if (known === undefined || !coversPairs(known.pairs, pairs)) loaded.set(id, { pairs, list });
  };
  const relationLoader = new DataLoader<{ id: string; wanted: RelationPairs; next: RelationPairs | null }, RelationRecord[], string>(
    async (keys) => {
      // One round trip for every two-level key of the batch. Each field's neighbours get only
      // what that field asks of them (`parts { other { members } }` expands the parts' members,
      // not those of the organisation above).
      const deepIds = new Set<string>();
      const specs = new Map<string, { via: string[]; next: string[] }>();
      for (const key of keys) {
        if (key.next === null) continue;
        deepIds.add(key.id);
        const spec = { via: pairList(key.wanted), next: pairList(key.next) };
        specs.set(`${spec.via.join(',')}>${spec.next.join(',')}`, spec);
      }
      if (deepIds.size > 0) {
        const rows = await executor.read('entities/relations-two-hops', { ids: [...deepIds], specs: [...specs.values()] });
        const covered = new Map(rows.map((row) => [row.id as string, row.covered as string[]]));
        for (const [id, list] of groupRelations([...deepIds], rows)) {
          const pairs = covered.get(id) ?? [ALL];
          remember(id, deepIds.has(id) || pairs.includes(ALL) ? 'all' : new Set(pairs), list);
        }
      }
      // Asked in the same batch and not already loaded whole just now.
      const rest = [...new Set(keys.map((k) => k.id).filter((id) => loaded.get(id)?.pairs !== 'all'))];
      if (rest.length > 0) {
        for (const [id, list] of groupRelations(rest, await executor.read('entities/relations', { ids: rest }))) remember(id, 'all', list);
      }
      return keys.map((k) => loaded.get(k.id)?.list ?? []);
    },
    { cacheKeyFn: (key) => `${key.id}|${pairsKey(key.wanted)}|${pairsKey(key.next)}` },
  );
  const primeRelations = (id: string, pairs: RelationPairs, list: RelationRecord[]) => {
    const known = loaded.get(id);
    if (known === undefined || pairs === 'all') {
      loaded.set(id, { pairs, list: [...list].sort(relationOrder) });
      return;
    }
    if (known.pairs === 'all') return;
    const seen = new Set(known.list.map(relationKey));
    const merged = [...known.list, ...list.filter((relation) => !seen.has(relationKey(relation)))].sort(relationOrder);
    loaded.set(id, { pairs: new Set([...known.pairs, ...pairs]), list: merged });
  };
  const relationsHeld = (id: string, wanted: RelationPairs, next: RelationPairs | null) => {
    const known = loaded.get(id);
    if (known === undefined || !coversPairs(known.pairs, wanted)) return undefined;
    if (next === null) return known.list;
    // Two levels: what is asked of each neighbour must be held too.
    for (const r of known.list) {
      if (wanted !== 'all' && !wanted.has(`${r.type}:${r.direction}`)) continue;
      const their = loaded.get(r.other.id);
      if (their === undefined || !coversPairs(their.pairs, next)) return undefined;
    }
    return known.list;
  };
  const relations = (id: string, wanted: RelationPairs, next: RelationPairs | null) => {
    const held = relationsHeld(id, wanted, next);
    return held !== undefined ? Promise.resolve(held) : relationLoader.load({ id, wanted, next });
  };

  return {
    entity,
    primeEntity,
    primeRelations,
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
    relationsHeld,
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
    claims: new DataLoader(
      async (keys) => {
        // One read per distinct property asked in the batch (usually one: all, or `date`).
        const found = new Map<string, { claims: ClaimRecord[]; figureIds: string[] }>();
        for (const property of new Set(keys.map((key) => key.property))) {
          const ids = [...new Set(keys.filter((key) => key.property === property).map((key) => key.id))];
          for (const row of await executor.read('claims/of-entities', { ids, property })) {
            const claims = row.claims as ClaimRecord[];
            claims.forEach((claim) => primeEntity(claim.valueEntity));
            found.set(`${row.id as string}|${property ?? ''}`, { claims, figureIds: row.figureIds as string[] });
          }
        }
        return keys.map((key) => found.get(`${key.id}|${key.property ?? ''}`) ?? { claims: [], figureIds: [] });
      },
      { cacheKeyFn: (key) => `${key.id}|${key.property ?? ''}` },
    ),
    sourceEntities: new DataLoader(async (ids) => {
      const found = byKey<EntityRecord[]>(await executor.read('sources/entities', { ids: [...ids] }), 'id', 'entities');
      return ids.map((id) => {
        const entities = found.get(id) ?? [];
        entities.forEach(primeEntity);
        return entities;
      });
    }),
    sourceClaims: new DataLoader(async (ids) => {
      const found = byKey<ClaimRecord[]>(await executor.read('sources/claims', { ids: [...ids] }), 'id', 'claims');
      return ids.map((id) => found.get(id) ?? []);
    }),
    comparable: new DataLoader(async (ids) => {
      const found = byKey<FigureRecord[]>(await executor.read('figures/comparable', { ids: [...ids] }), 'id', 'figures');
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}

const relationKey = (r: RelationRecord) => `${r.type}|${r.direction}|${r.other.id}`;
/** The relations statement's order: type, direction, the other end's name (then id). */
function relationOrder(a: RelationRecord, b: RelationRecord): number {
  return compare(a.type, b.type) || compare(a.direction, b.direction) || compare(a.other.name, b.other.name) || compare(a.other.id, b.other.id);
}
const compare = (x: string, y: string) => (x === y ? 0 : x < y ? -1 : 1);

function figurePageKey(key: FigurePageKey): string {
  return `${key.relType}|${key.entityId}|${key.offset}|${key.limit}`;
}
