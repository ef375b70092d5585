import type { GraphContext } from './context.js';
import { figureClaims } from '../graph/claims/figureClaims.js';
import { figureVerdict, verdictReason } from '../graph/claims/figureVerdict.js';
import type { AttributionRecord, ClaimRecord, EntityRecord, FigureRecord, SourceRecord } from '../graph/records.js';

/**
 * What a source states in its own voice, shaped as the figure-like parent the Attribution
 * resolvers read (src/resolvers/figure.ts).
 */
function assertedBy(sourceId: string): AttributionRecord {
  return { attributionKind: 'ASSERTED', reportedBy: null, via: null, reporterLabel: null, said: null, saidLabel: null, sourceId, sources: [] };
}

/** A claim's subject: an entity the claim hangs off, so it exists in the same snapshot. */
async function subject(ctx: GraphContext, id: string): Promise<EntityRecord> {
  const entity = await ctx.loaders.entity.load(id);
  if (entity === null) throw new Error(`claim subject ${id} is missing`);
  return entity;
}

const isRecord = <T>(value: T | null | Error): value is T => value !== null && !(value instanceof Error);

/** An entity's claims: its property claims, then the figures about it as claims of their measure. */
export async function entityClaims(entity: EntityRecord, property: string | null, ctx: GraphContext): Promise<ClaimRecord[]> {
  const { claims, figureIds } = await ctx.loaders.claims.load({ id: entity.id, property });
  const figures = (await ctx.loaders.figure.loadMany(figureIds)).filter(isRecord);
  return [...claims, ...figureClaims(entity.id, figures)];
}

async function comparisons(figure: FigureRecord, ctx: GraphContext) {
  const others = await ctx.loaders.comparable.load(figure.id);
  return others.map((other) => {
    const verdict = figureVerdict(figure, other);
    return { figure: other, verdict, reason: verdictReason(figure, other, verdict) };
  });
}

export const claimResolvers = {
  Claim: {
    subject: (claim: ClaimRecord, _: unknown, ctx: GraphContext) => subject(ctx, claim.subjectId),
    // A place claim stores the place's id; people read its name.
    value: (claim: ClaimRecord) => (claim.property === 'place' && claim.valueEntity !== null ? claim.valueEntity.name : claim.value),
    entity: (claim: ClaimRecord) => claim.valueEntity,
    figure: (claim: ClaimRecord) => claim.figure ?? null,
    sources: async (claim: ClaimRecord, _: unknown, ctx: GraphContext) => {
      if (claim.figure !== undefined) return claim.figure.sources;
      return (await ctx.loaders.source.loadMany(claim.sourceIds)).filter(isRecord<SourceRecord>);
    },
    reportedBy: (claim: ClaimRecord) => claim.figure?.reportedBy ?? null,
    attribution: (claim: ClaimRecord) => claim.figure ?? (claim.sourceIds[0] !== undefined ? assertedBy(claim.sourceIds[0]) : null),
    attributions: (claim: ClaimRecord) => (claim.figure !== undefined ? [claim.figure] : claim.sourceIds.map(assertedBy)),
  },
  Disagreement: {
    subject: (d: { subjectId: string }, _: unknown, ctx: GraphContext) => subject(ctx, d.subjectId),
  },
  MergeCandidate: {},
};

export const figureComparisonResolvers = {
  comparisons: (figure: FigureRecord, _: unknown, ctx: GraphContext) => comparisons(figure, ctx),
  corroboratedBy: async (figure: FigureRecord, _: unknown, ctx: GraphContext) =>
    (await comparisons(figure, ctx)).filter((c) => c.verdict === 'CORROBORATES').map((c) => c.figure),
  contradictedBy: async (figure: FigureRecord, _: unknown, ctx: GraphContext) =>
    (await comparisons(figure, ctx)).filter((c) => c.verdict === 'CONTRADICTS').map((c) => c.figure),
  evidence: (figure: FigureRecord) =>
    figure.evidenceStart != null && figure.evidenceEnd != null ? { start: figure.evidenceStart, end: figure.evidenceEnd } : null,
};

export const sourceReadResolvers = {
  entities: (source: SourceRecord, _: unknown, ctx: GraphContext) => ctx.loaders.sourceEntities.load(source.id),
  claims: (source: SourceRecord, _: unknown, ctx: GraphContext) => ctx.loaders.sourceClaims.load(source.id),
  entityCount: sourceCount('entityCount'),
  figureCount: sourceCount('figureCount'),
};

/**
 * A source's count: a property of the source, in every source record of a document that names
 * it (projections.sourceRecord), so the request's statement gives it.
 */
function sourceCount(field: 'entityCount' | 'figureCount') {
  return (source: SourceRecord): number => source[field] ?? 0;
}
