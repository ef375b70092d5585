import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from './context.js';
import { entityTypeOf, type EntityRecord, type EntityType, type RelationRecord, type SourceRecord } from '../graph/records.js';
import { pageWindow, toConnection } from '../graph/pagination.js';
import { entityClaims } from './claim.js';
import { nextPairs, pairs } from './selectionLookahead.js';

type PageArgs = { first?: number | null; after?: string | null };

/** A node's type, by its id: an entity's prefix names its type, else it is a figure or a source. */
const resolveType = (record: { id: string }): EntityType | 'Figure' | 'Source' =>
  entityTypeOf(record.id) ?? (record.id.startsWith('figure:') ? 'Figure' : 'Source');

async function figureConnection(entity: EntityRecord, args: PageArgs, ctx: GraphContext, relType: 'REPORTED_BY' | 'ABOUT') {
  const { offset, limit } = pageWindow(args.first, args.after);
  const page = await ctx.loaders.figurePage.load({ entityId: entity.id, relType, offset, limit });
  return toConnection(page.figures, offset, page.total);
}

/**
 * An entity's relations of some types (and direction), through the request's loaders: a plain
 * list when the request's statement already brought them, which graphql-js completes without
 * the cost of a promise per field; else a promise of the loader's read.
 */
function relationsOf(ctx: GraphContext, entity: EntityRecord, ask: RelationFilter, info?: GraphQLResolveInfo): RelationRecord[] | Promise<RelationRecord[]> {
  const next = nextPairs(info);
  const held = ctx.loaders.relationsHeld(entity.id, ask.wanted, next);
  if (held !== undefined) return held.filter(ask.keeps);
  return ctx.loaders.relations(entity.id, ask.wanted, next).then((all) => all.filter(ask.keeps));
}

/** Which relations a field lists: the loader's pairs to have, and the test of each relation. */
interface RelationFilter {
  wanted: ReadonlySet<string>;
  keeps: (relation: RelationRecord) => boolean;
}

function relationFilter(types: string[], direction?: 'OUT' | 'IN'): RelationFilter {
  const wanted = new Set(direction === undefined ? [...pairs('OUT', ...types), ...pairs('IN', ...types)] : pairs(direction, ...types));
  return { wanted, keeps: (r) => types.includes(r.type) && (direction === undefined || r.direction === direction) };
}

const typed = (types: string[], direction: 'OUT' | 'IN') => {
  const ask = relationFilter(types, direction);
  return (entity: EntityRecord, _: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => relationsOf(ctx, entity, ask, info);
};

const eventPlaces = relationFilter(['OCCURRED_IN'], 'OUT');

const common = {
  aliases: (entity: EntityRecord) => entity.aliases ?? [],
  sources: (entity: EntityRecord, _: unknown, ctx: GraphContext) => ctx.loaders.entitySources.load(entity.id),
  reported: (entity: EntityRecord, args: PageArgs, ctx: GraphContext) => figureConnection(entity, args, ctx, 'REPORTED_BY'),
  mentionedIn: (entity: EntityRecord, args: PageArgs, ctx: GraphContext) => figureConnection(entity, args, ctx, 'ABOUT'),
  claims: (entity: EntityRecord, args: { property?: string | null }, ctx: GraphContext) => entityClaims(entity, args.property ?? null, ctx),
  relations: async (
    entity: EntityRecord,
    args: { types?: string[] | null; direction?: 'OUT' | 'IN' | null },
    ctx: GraphContext,
    info: GraphQLResolveInfo,
  ) => {
    const all = await ctx.loaders.relations(entity.id, 'all', nextPairs(info));
    return all.filter(
      (r) => (args.types == null || args.types.includes(r.type)) && (args.direction == null || r.direction === args.direction),
    );
  },
};

export const entityResolvers = {
  Node: { __resolveType: resolveType },
  Entity: { __resolveType: (record: EntityRecord) => entityTypeOf(record.id) ?? null },
  Relation: {
    sources: async (relation: RelationRecord, _: unknown, ctx: GraphContext) => {
      const sources = await ctx.loaders.source.loadMany([...relation.sourceIds].sort());
      return sources.filter((source): source is SourceRecord => source !== null && !(source instanceof Error));
    },
  },
  Person: {
    ...common,
    organizations: typed(['MEMBER_OF', 'LEADS'], 'OUT'),
    events: typed(['PARTICIPATED_IN'], 'OUT'),
  },
  Organization: {
    ...common,
    members: typed(['MEMBER_OF', 'LEADS'], 'IN'),
    parts: typed(['PART_OF', 'OPERATED_BY'], 'IN'),
    partOf: typed(['PART_OF', 'OPERATED_BY'], 'OUT'),
    locatedIn: typed(['LOCATED_IN'], 'OUT'),
    events: typed(['PARTICIPATED_IN'], 'OUT'),
  },
  Place: {
    ...common,
    locatedIn: typed(['LOCATED_IN'], 'OUT'),
    contains: typed(['LOCATED_IN'], 'IN'),
    events: typed(['OCCURRED_IN'], 'IN'),
  },
  Event: {
    ...common,
    kind: (entity: EntityRecord) => entity.kind ?? 'EVENT',
    // The preferred place when sources disagree (see Entity.claims); else its only place.
    place: async (entity: EntityRecord, _: unknown, ctx: GraphContext) => {
      const places = await relationsOf(ctx, entity, eventPlaces);
      return (places.find((r) => r.other.id === entity.placeId) ?? places[0])?.other ?? null;
    },
    participants: typed(['PARTICIPATED_IN'], 'IN'),
    partOf: typed(['PART_OF_EVENT'], 'OUT'),
    parts: typed(['PART_OF_EVENT'], 'IN'),
  },
};
