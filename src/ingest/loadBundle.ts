import type { Executor } from '../db/executor.js';
import { recomputePreferred } from '../graph/claims/recompute.js';
import { recountSources } from '../graph/sourceCounts.js';
import { endOf, startOf } from '../graph/partialDate.js';
import type { Bundle } from './bundleSchema.js';
import { claimRows, type ClaimRow } from './claimRows.js';
import { linkEntities, type EntityLink } from './linkEntities.js';

export interface LoadResult {
  sourceId: string;
  nodesCreated: number;
  relationshipsCreated: number;
  /** True when the bundle was already in the graph and nothing changed. */
  unchanged: boolean;
  /** Entities of the bundle written onto an existing entity with another id. */
  linked: EntityLink[];
  /** Figures whose id another source already used, stored under a new id (nothing is overwritten). */
  renamedFigures: Array<{ from: string; to: string }>;
}

/** What one transaction of several bundles created (loadBundles). */
export interface BatchResult {
  bundles: number;
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  linked: EntityLink[];
  renamedFigures: Array<{ from: string; to: string }>;
}

const nullIfUndefined = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

interface EntityRow {
  id: string;
  types: string[];
  /** A name for a node created now; the claims choose the name it keeps (recompute.ts). */
  name: string;
  sourceIds: string[];
}

interface RelationshipRow {
  from: string;
  type: string;
  to: string;
  sourceIds: string[];
}

const addOnce = (list: string[], value: string) => {
  if (!list.includes(value)) list.push(value);
};

/** One row per claim and source (two bundles of one source in a batch give the same rows). */
function uniqueClaims(rows: ClaimRow[]): ClaimRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.id}\u0000${row.sourceId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The batch's source ids, once each, and each one's position among them. */
function sourcePositions(sources: ReadonlyArray<{ id: string }>) {
  const at = new Map<string, number>();
  for (const { id } of sources) if (!at.has(id)) at.set(id, at.size);
  return { sourceIds: [...at.keys()], at };
}

/**
 * claims/merge's rows: one per subject, with one entry per claim about it, naming the sources of
 * the batch that give it by their position in `sourceIds`, split into those new to the graph
 * and those seen before, with the newest and oldest of their publication dates ('' when
 * undated; a source given twice in the batch has its last bundle's date, as ingest/merge-source
 * leaves it).
 */
function claimsBySubject(
  rows: readonly ClaimRow[],
  sources: ReadonlyArray<{ id: string; published: string | null }>,
  at: ReadonlyMap<string, number>,
  known: ReadonlySet<string>,
) {
  const published = new Map(sources.map((source) => [source.id, source.published ?? '']));
  type Entry = Omit<ClaimRow, 'sourceId' | 'subjectId'> & { fresh: number[]; known: number[]; newest: string; oldest: string };
  const byId = new Map<string, Entry>();
  const subjects = new Map<string, Entry[]>();
  for (const { sourceId, subjectId, ...claim } of rows) {
    const date = published.get(sourceId) ?? '';
    let entry = byId.get(claim.id);
    if (entry === undefined) {
      entry = { ...claim, fresh: [], known: [], newest: date, oldest: date };
      byId.set(claim.id, entry);
      const list = subjects.get(subjectId);
      if (list === undefined) subjects.set(subjectId, [entry]);
      else list.push(entry);
    }
    (known.has(sourceId) ? entry.known : entry.fresh).push(at.get(sourceId)!);
    if (date > entry.newest) entry.newest = date;
    if (date < entry.oldest) entry.oldest = date;
  }
  return [...subjects].map(([id, claims]) => ({ id, claims }));
}

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

  const entities = new Map<string, EntityRow>();
  const relationships = new Map<string, RelationshipRow>();
  const relate = (sourceId: string, from: string, type: string, to: string) => {
    const id = `${from}\u0000${type}\u0000${to}`;
    const row = relationships.get(id);
    if (row === undefined) relationships.set(id, { from, type, to, sourceIds: [sourceId] });
    else addOnce(row.sourceIds, sourceId);
  };

  for (const bundle of bundles) {
    const sourceId = bundle.source.id;
    for (const entity of bundle.entities) {
      const row = entities.get(entity.id);
      if (row === undefined) entities.set(entity.id, { id: entity.id, types: [entity.type], name: entity.name, sourceIds: [sourceId] });
      else {
        addOnce(row.types, entity.type);
        addOnce(row.sourceIds, sourceId);
      }
    }
    // An event's place is an OCCURRED_IN relationship like any other.
    for (const entity of bundle.entities) {
      if (entity.type === 'Event' && entity.place !== undefined) relate(sourceId, entity.id, 'OCCURRED_IN', entity.place);
    }
    for (const r of bundle.relationships) relate(sourceId, r.from, r.type, r.to);
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
      evidenceStart: figure.evidence?.start ?? null,
      evidenceEnd: figure.evidence?.end ?? null,
    })),
  }));

  return {
    sources,
    entities: [...entities.values()],
    relationships: [...relationships.values()],
    figures,
    claims: uniqueClaims(bundles.flatMap(claimRows)),
  };
}

/**
 * Writes validated bundles in one transaction with MERGE on unique ids: all of them or none,
 * and loading them again changes nothing. First each new entity is linked to the entity it
 * names when there is exactly one (linkEntities.ts); then a handful of statements whatever the
 * number of bundles, each one UNWIND over the items of every bundle; then the plain fields of
 * every entity touched are chosen again from all the claims about it (claims/recompute.ts), so
 * the order in which reports arrive does not matter.
 */
export async function loadBundles(executor: Executor, input: readonly Bundle[]): Promise<BatchResult> {
  return executor.writeTransaction(async (run, counters) => {
    const { bundles, links: linked } = await linkEntities(run, input);
    const { sources, entities, relationships, figures, claims } = batchParams(bundles);
    // Sources seen before: a repeat or a corrected version, whose claims may need replacing.
    const known = new Set((await run('ingest/merge-source', { sources })).filter((row) => row.existed === true).map((row) => row.id as string));
    const { sourceIds, at } = sourcePositions(sources);
    await run('ingest/merge-entities', {
      sourceIds,
      entities: entities.map(({ sourceIds: ids, ...entity }) => ({
        ...entity,
        fresh: ids.filter((id) => !known.has(id)).map((id) => at.get(id)!),
        known: ids.filter((id) => known.has(id)).map((id) => at.get(id)!),
      })),
    });
    const placed = await run('ingest/merge-relationships', { relationships });
    await run('claims/merge', { sourceIds, subjects: claimsBySubject(claims, sources, at, known) });
    const repeated = claims.filter((claim) => known.has(claim.sourceId)).map(({ id, slot, sourceId }) => ({ id, slot, sourceId }));
    if (repeated.length > 0) await run('claims/drop-replaced', { claims: repeated });
    const renamed = await run('ingest/merge-figures', { bundles: figures });
    await recountSources(run, sourceIds);
    // The bundle's entities, and events elsewhere whose place claims a newly placed place may
    // now settle or set against each other.
    await recomputePreferred(
      run,
      entities.map((e) => e.id),
      placed.map((row) => row.placeId as string),
    );
    return {
      bundles: bundles.length,
      nodesCreated: counters.nodesCreated,
      relationshipsCreated: counters.relationshipsCreated,
      relationshipsDeleted: counters.relationshipsDeleted,
      linked,
      renamedFigures: renamed.map((row) => ({ from: row.from as string, to: row.to as string })),
    };
  });
}

/** Writes one validated bundle in its own transaction (see loadBundles). */
export async function loadBundle(executor: Executor, bundle: Bundle): Promise<LoadResult> {
  const { nodesCreated, relationshipsCreated, relationshipsDeleted, linked, renamedFigures } = await loadBundles(executor, [bundle]);
  return {
    sourceId: bundle.source.id,
    nodesCreated,
    relationshipsCreated,
    unchanged: nodesCreated === 0 && relationshipsCreated === 0 && relationshipsDeleted === 0,
    linked,
    renamedFigures,
  };
}
