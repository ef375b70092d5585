/** Rows as the query layer returns them to resolvers (plain objects, no driver types). */

export type EntityType = 'Person' | 'Organization' | 'Place' | 'Event';

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[] | null;
  description: string | null;
  kind: string | null;
  date: string | null;
  dateLabel: string | null;
}

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
}

export interface FigureRecord {
  id: string;
  value: number;
  lowerBound: number | null;
  upperBound: number | null;
  qualifier: string;
  counts: string;
  measure: string;
  unit: string | null;
  currency: string | null;
  refersTo: string | null;
  refersToEnd: string | null;
  refersToLabel: string | null;
  statement: string;
  attributionKind: string;
  reporterLabel: string | null;
  said: string | null;
  saidLabel: string | null;
  sourceId: string;
  reportedBy: EntityRecord | null;
  via: EntityRecord | null;
  about: EntityRecord[];
  sources: SourceRecord[];
}

export interface RelationRecord {
  type: string;
  direction: 'OUT' | 'IN';
  role: string | null;
  since: string | null;
  until: string | null;
  other: EntityRecord;
  /** The sources that back it; Relation.sources loads them, in one batch per request. */
  sourceIds: string[];
}

/** A page of figures plus where it starts, for building a connection. */
export interface FigurePage {
  total: number;
  offset: number;
  figures: FigureRecord[];
}

export interface PathStepRecord {
  from: EntityRecord;
  to: EntityRecord;
  relation: string;
  direction: 'OUT' | 'IN';
  role: string | null;
  sources: SourceRecord[];
}
