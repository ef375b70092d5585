import type { Loaders } from '../loaders.js';
import type { FigureRecord, RelationRecord, SourceRecord } from '../records.js';

/** Attachments as ./attachCypher.ts builds them (driver values already made plain). */
interface EntityAttachment {
  id: string;
  rel?: { pairs: string[]; list: Array<RelationRecord & { sources?: SourceEntry[]; next?: EntityAttachment | null }> };
  sources?: SourceEntry[];
  pages?: PageAttachment[];
}
interface SourceEntry {
  record: SourceRecord;
  att?: SourceAttachment;
}
interface SourceAttachment {
  id: string;
  pages: PageAttachment[];
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
    loaders.primeRelations(att.id, ask.pairs.includes('*') ? 'all' : new Set(ask.pairs), list);
  }
  if (att.sources !== undefined) {
    att.sources.forEach((entry) => primeSource(loaders, entry));
    loaders.entitySources.prime(
      att.id,
      att.sources.map((entry) => entry.record),
    );
  }
  for (const page of att.pages ?? []) primePage(loaders, att.id, page);
}

function primePage(loaders: Loaders, id: string, page: PageAttachment): void {
  page.figures.forEach((entry) => primeFigure(loaders, entry));
  loaders.figurePage.prime(
    { entityId: id, relType: page.relType, offset: page.offset, limit: page.limit },
    { total: page.total, offset: page.offset, figures: page.figures.map((entry) => entry.record) },
  );
}

export function primeFigure(loaders: Loaders, entry: FigureEntry): void {
  loaders.figure.prime(entry.record.id, entry.record);
  primeFigureAttachment(loaders, entry.att);
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

function primeSource(loaders: Loaders, entry: SourceEntry): void {
  loaders.source.prime(entry.record.id, entry.record);
  primeSourceAttachment(loaders, entry.att);
}

export function primeSourceAttachment(loaders: Loaders, att: SourceAttachment | null | undefined): void {
  if (att == null) return;
  for (const page of att.pages) primePage(loaders, att.id, page);
}

export type { EntityAttachment, FigureAttachment, SourceAttachment };
