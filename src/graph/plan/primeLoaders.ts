import type { Loaders } from '../loaders.js';
import type { ClaimRecord, EntityRecord, FigureRecord, RelationRecord, SourceRecord } from '../records.js';

/** Attachments as ./attachCypher.ts builds them (driver values already made plain). */
interface EntityAttachment {
  id: string;
  /** `pairs`: the relation pairs the list holds, comma-separated, or `*` for all of them. */
  rel?: { pairs: string; list: Array<RelationRecord & { sources?: SourceEntry[]; next?: EntityAttachment | null }> };
  sources?: SourceEntry[];
  pages?: PageAttachment[];
  /** The figures about it (figure claims), and what the claims ask of their sources, each once. */
  claims?: Array<{ property: string | null; claims: ClaimEntry[]; figures: FigureEntry[]; sources?: SourceAttachment[] }>;
}
/** A claim with its subject and the records of its sources. */
interface ClaimEntry {
  /** The record without its `sourceIds`: those are the ids of `sources`, in their order. */
  claim: Omit<ClaimRecord, 'sourceIds'>;
  subject: EntityRecord;
  sources: SourceRecord[];
  /** What is asked of the entity its value names (AttachCompiler.claimEntry). */
  value?: EntityAttachment | null;
}
interface SourceEntry {
  record: SourceRecord;
  att?: SourceAttachment;
}
interface SourceAttachment {
  id: string;
  /** A root read's source comes in parts (AttachCompiler.sourceParts), each with some of these. */
  pages?: PageAttachment[];
  entities?: EntityRecord[];
  /** The entities with what the selection asks of them (AttachCompiler.sourceEntities). */
  entries?: Array<{ record: EntityRecord; att: EntityAttachment }>;
  claims?: ClaimEntry[];
  /** What its claims ask of their subjects and of their sources, each once (AttachCompiler.sourceClaimParts). */
  claimSubjects?: EntityAttachment[];
  claimSources?: SourceAttachment[];
}
interface PageAttachment {
  relType: 'REPORTED_BY' | 'ABOUT' | 'CITED_IN';
  offset: number;
  limit: number;
  total: number;
  figures: FigureEntry[];
}
interface FigureEntry {
  record: FigureRecord;
  att?: FigureAttachment;
}
interface FigureAttachment {
  id: string;
  reportedBy?: EntityAttachment[];
  via?: EntityAttachment[];
  about?: EntityAttachment[];
  sources?: SourceAttachment[];
  comparable?: FigureEntry[];
}

/**
 * Puts what the request's statement attached into the request's loaders, keyed exactly as the
 * resolvers will ask, so they answer without another statement. Never throws on a missing
 * part: what is not primed, the loaders read.
 */
export function primeEntity(loaders: Loaders, att: EntityAttachment | null | undefined): void {
  if (att == null) return;
  const ask = att.rel;
  if (ask !== undefined) {
    const list: RelationRecord[] = ask.list.map(({ sources, next, ...relation }) => {
      loaders.primeEntity(relation.other);
      sources?.forEach((entry) => primeSource(loaders, entry));
      primeEntity(loaders, next);
      return relation;
    });
    loaders.primeRelations(att.id, ask.pairs === '*' ? 'all' : new Set(ask.pairs === '' ? [] : ask.pairs.split(',')), list);
  }
  if (att.sources !== undefined) {
    att.sources.forEach((entry) => primeSource(loaders, entry));
    loaders.entitySources.prime(
      att.id,
      att.sources.map((entry) => entry.record),
    );
  }
  for (const page of att.pages ?? []) primePage(loaders, att.id, page);
  for (const asked of att.claims ?? []) {
    asked.figures.forEach((entry) => primeFigure(loaders, entry));
    const claims = asked.claims.map((entry) => primeClaim(loaders, entry));
    asked.sources?.forEach((source) => primeSourceAttachment(loaders, source));
    loaders.claims.prime({ id: att.id, property: asked.property }, { claims, figureIds: asked.figures.map((entry) => entry.record.id) });
  }
}

function primePage(loaders: Loaders, id: string, page: PageAttachment): void {
  page.figures.forEach((entry) => primeFigure(loaders, entry));
  loaders.figurePage.prime(
    { entityId: id, relType: page.relType, offset: page.offset, limit: page.limit },
    { total: page.total, offset: page.offset, figures: page.figures.map((entry) => entry.record) },
  );
}

export function primeFigure(loaders: Loaders, entry: FigureEntry): void {
  primeFigureRecord(loaders, entry.record);
  primeFigureAttachment(loaders, entry.att);
}

/** A figure and the entities its record holds (its reporter, intermediary and subjects). */
export function primeFigureRecord(loaders: Loaders, figure: FigureRecord): void {
  loaders.figure.prime(figure.id, figure);
  loaders.primeEntity(figure.reportedBy);
  loaders.primeEntity(figure.via);
  // A record cut to the request's fields (src/db/projections.ts) may leave these out.
  figure.about?.forEach(loaders.primeEntity);
}

export function primeFigureAttachment(loaders: Loaders, att: FigureAttachment | null | undefined): void {
  if (att == null) return;
  for (const entity of [...(att.reportedBy ?? []), ...(att.via ?? []), ...(att.about ?? [])]) primeEntity(loaders, entity);
  att.sources?.forEach((source) => primeSourceAttachment(loaders, source));
  if (att.comparable !== undefined) {
    att.comparable.forEach((entry) => primeFigure(loaders, entry));
    loaders.comparable.prime(
      att.id,
      att.comparable.map((entry) => entry.record),
    );
  }
}

/** A claim's subject, value entity and sources, for Claim's resolvers; returns the claim. */
function primeClaim(loaders: Loaders, entry: ClaimEntry): ClaimRecord {
  loaders.primeEntity(entry.subject);
  loaders.primeEntity(entry.claim.valueEntity);
  entry.sources.forEach((source) => loaders.source.prime(source.id, source));
  primeEntity(loaders, entry.value);
  return { ...entry.claim, sourceIds: entry.sources.map((source) => source.id) };
}

function primeSource(loaders: Loaders, entry: SourceEntry): void {
  loaders.source.prime(entry.record.id, entry.record);
  primeSourceAttachment(loaders, entry.att);
}

export function primeSourceAttachment(loaders: Loaders, att: SourceAttachment | null | undefined): void {
  if (att == null) return;
  for (const page of att.pages ?? []) primePage(loaders, att.id, page);
  const entities = att.entries?.map((entry) => {
    primeEntity(loaders, entry.att);
    return entry.record;
  }) ?? att.entities;
  if (entities !== undefined) {
    entities.forEach(loaders.primeEntity);
    loaders.sourceEntities.prime(att.id, entities);
  }
  att.claimSubjects?.forEach((subject) => primeEntity(loaders, subject));
  att.claimSources?.forEach((source) => primeSourceAttachment(loaders, source));
  if (att.claims !== undefined) {
    loaders.sourceClaims.prime(
      att.id,
      att.claims.map((entry) => primeClaim(loaders, entry)),
    );
  }
}

export type { EntityAttachment, FigureAttachment, SourceAttachment };
