import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from './context.js';
import { relationAsks } from './selectionLookahead.js';
import { badUserInput } from '../errors/codes.js';
import { findEntity, nameLookup, requireEntity, resolvedId } from '../graph/findEntity.js';

type Resolution = { id: string | null; candidates: string[] };
import { checkFilterNames, figureFilterParams, type FigureFilterInput } from '../graph/figureFilter.js';
import { pageWindow, toConnection } from '../graph/pagination.js';
import { endOf, startOf } from '../graph/partialDate.js';
import type { EntityRecord, FigureRecord, PathStepRecord, SourceRecord } from '../graph/records.js';
import { luceneQuery } from '../graph/searchQuery.js';
import { nameKeys } from '../graph/nameKeys.js';
import { listDisagreements } from '../graph/claims/disagreements.js';
import { mergeCandidates } from '../graph/claims/mergeCandidates.js';

const MAX_HOPS = 6;
const DEFAULT_HOPS = 4;
const entityLabels: Record<string, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
  EVENT: 'Event',
};

export const queryResolvers = {
  node: async (_: unknown, args: { id: string }, ctx: GraphContext, info: GraphQLResolveInfo) => {
    if (args.id.length > 300) return null;
    if (args.id.startsWith('figure:')) return ctx.loaders.figure.load(args.id);
    if (args.id.startsWith('source:')) return ctx.loaders.source.load(args.id);
    // An entity with its neighbourhood: the relations statement brings the entity too, so the
    // whole request is one statement.
    const asks = relationAsks(info);
    // (An empty `next` still takes the two-hop statement, which is the one that returns the entity.)
    if (asks.length > 0) await Promise.all(asks.map((ask) => ctx.loaders.relations(args.id, ask.wanted, ask.next ?? new Set())));
    return ctx.loaders.entity.load(args.id);
  },

  entity: (_: unknown, args: { name: string }, ctx: GraphContext) => findEntity(ctx.loaders, args.name, 'name'),

  search: async (_: unknown, args: { query: string; types?: string[] | null; first?: number | null }, ctx: GraphContext) => {
    const limit = args.first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
      throw badUserInput(`first: expected an integer from 1 to 50, got ${String(args.first)}`);
    }
    if (args.query.length > 200) throw badUserInput(`query: expected at most 200 characters, got ${args.query.length}`);
    const lucene = luceneQuery(args.query);
    if (lucene === null) return [];
    const labels = args.types != null && args.types.length > 0 ? args.types.map((t) => entityLabels[t]) : null;
    const rows = await ctx.executor.read('queries/search', { lucene, labels, limit, ...nameKeys(args.query) });
    return rows.map((row) => {
      ctx.loaders.primeEntity(row.entity as EntityRecord);
      return { entity: row.entity, score: row.score };
    });
  },

  figures: async (_: unknown, args: { filter?: FigureFilterInput | null; first?: number | null; after?: string | null }, ctx: GraphContext) => {
    const { offset, limit } = pageWindow(args.first, args.after);
    const params = figureFilterParams(args.filter);
    const rows = await ctx.executor.read('figures/page', { ...params, offset, limit });
    checkFilterNames(params, rows[0]);
    const total = (rows[0]?.total as number | undefined) ?? 0;
    const figures = rows.flatMap((row) => (row.figure == null ? [] : [row.figure as FigureRecord]));
    return toConnection(figures, offset, total);
  },

  path: async (_: unknown, args: { from: string; to: string; maxHops?: number | null }, ctx: GraphContext) => {
    const maxHops = args.maxHops ?? DEFAULT_HOPS;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
      throw badUserInput(`maxHops: expected an integer from 1 to ${MAX_HOPS}, got ${String(args.maxHops)}`);
    }
    const from = nameLookup(args.from, 'from');
    const to = nameLookup(args.to, 'to');
    const [row] = await ctx.executor.read('queries/path', { from, to, maxHops });
    resolvedId(row!.fromResolution as Resolution, from, 'from');
    resolvedId(row!.toResolution as Resolution, to, 'to');
    const fromEntity = row!.fromEntity as EntityRecord;
    const toEntity = row!.toEntity as EntityRecord;
    if (fromEntity.id === toEntity.id) return { from: fromEntity, to: toEntity, length: 0, steps: [] };
    const steps = (row!.steps as PathStepRecord[] | undefined) ?? [];
    if (steps.length === 0) return null;
    for (const step of steps) ctx.loaders.primeEntity(step.to);
    return { from: fromEntity, to: toEntity, length: steps.length, steps };
  },

  timeline: async (_: unknown, args: { entity?: string | null; from?: string | null; to?: string | null }, ctx: GraphContext) => {
    if (args.from != null && args.to != null && startOf(args.from) > endOf(args.to)) {
      throw badUserInput(`from: expected a date on or before "to", got ${args.from} after ${args.to}`);
    }
    const entity = args.entity != null ? nameLookup(args.entity, 'entity') : null;
    const rows = await ctx.executor.read('queries/timeline', {
      entity,
      fromDay: args.from != null ? startOf(args.from) : null,
      toDay: args.to != null ? endOf(args.to) : null,
    });
    if (entity !== null) resolvedId(rows[0]!.entityResolution as Resolution, entity, 'entity');
    return rows.flatMap((row) => (row.event == null ? [] : [row.event as EntityRecord]));
  },

  sources: async (_: unknown, args: { publisher?: string | null }, ctx: GraphContext) => {
    const publisher = args.publisher?.trim().toLowerCase() ?? null;
    if (publisher !== null && (publisher === '' || publisher.length > 200)) throw badUserInput('publisher: expected 1 to 200 characters');
    const publisherKey = publisher?.replace(/^the\s+/, '') ?? null;
    return (await ctx.executor.read('sources/all', { publisherKey })).map((row) => row.source as SourceRecord);
  },

  disagreements: async (
    _: unknown,
    args: { about?: string | null; property?: string | null; first?: number | null; after?: string | null },
    ctx: GraphContext,
  ) => {
    const { offset, limit } = pageWindow(args.first, args.after);
    const about = args.about != null ? (await requireEntity(ctx.loaders, args.about, 'about')).id : null;
    const property = args.property?.trim() || null;
    if (property !== null && property.length > 200) throw badUserInput('property: expected at most 200 characters');
    const all = await listDisagreements(ctx.executor, ctx.loaders, { about, property });
    return toConnection(all.slice(offset, offset + limit), offset, all.length);
  },

  mergeCandidates: async (_: unknown, args: { first?: number | null }, ctx: GraphContext) => {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badUserInput(`first: expected an integer from 1 to 100, got ${String(args.first)}`);
    const pairs = await mergeCandidates(ctx.executor, first);
    for (const pair of pairs) [pair.keep, pair.duplicate].forEach(ctx.loaders.primeEntity);
    return pairs;
  },
};
