/** Rows as the query layer returns them to resolvers (plain objects, no driver types). */

import type { attributionKinds, qualifiers, relationshipTypes } from '../ingest/bundleSchema.js';

export type Qualifier = (typeof qualifiers)[number];
export type AttributionKind = (typeof attributionKinds)[number];
export type RelationType = (typeof relationshipTypes)[number];

export type EntityType = 'Person' | 'Organization' | 'Place' | 'Event';

const typeOfPrefix: ReadonlyMap<string, EntityType> = new Map([
  ['person', 'Person'],
  ['org', 'Organization'],
  ['place', 'Place'],
  ['event', 'Event'],
]);

/**
 * An entity's type, read from its id: every entity enters through the bundle schema, which
 * holds a Person's id to `person:`, an Organization's to `org:`, a Place's to `place:` and an
 * Event's to `event:` (src/ingest/bundleSchema.ts), and a merge keeps the kept entity's id and
 * labels (an unmerge restores the duplicate's).
 * Statements therefore do not return the type (reading each entity's labels was about a seventh
 * of a neighbourhood statement's time). Undefined for a figure's or a source's id.
 */
export function entityTypeOf(id: string): EntityType | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? typeOfPrefix.get(id.slice(0, colon)) : undefined;
}

/** An entity as statements return it; its type is `entityTypeOf(id)`. */
export interface EntityRecord {
  id: string;
  name: string;
  aliases: string[] | null;
  description: string | null;
  kind: string | null;
  date: string | null;
  dateLabel: string | null;
  /** An event's preferred place (claims), one of its OCCURRED_IN ends. */
  placeId?: string | null;
}

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  /** The source's stored counts, present when the request's projection asks them (Projection.sourceEntityCount). */
  entityCount?: number;
  figureCount?: number;
}

export interface FigureRecord {
  id: string;
  value: number;
  lowerBound: number | null;
  upperBound: number | null;
  qualifier: Qualifier;
  counts: string;
  measure: string;
  unit: string | null;
  currency: string | null;
  refersTo: string | null;
  refersToEnd: string | null;
  refersToLabel: string | null;
  statement: string;
  attributionKind: AttributionKind;
  reporterLabel: string | null;
  said: string | null;
  saidLabel: string | null;
  sourceId: string;
  reportedBy: EntityRecord | null;
  via: EntityRecord | null;
  about: EntityRecord[];
  sources: SourceRecord[];
  /** Offsets of the sentence it was read from, when it came from text. */
  evidenceStart?: number | null;
  evidenceEnd?: number | null;
}

/** Who stands behind a figure or a claim (the Attribution type): a figure, or a source's own voice. */
export type AttributionRecord = Pick<FigureRecord, 'attributionKind' | 'reportedBy' | 'via' | 'reporterLabel' | 'said' | 'saidLabel' | 'sourceId' | 'sources'>;

/** A value sources give for a property of an entity (cypher/claims/), or a figure as a claim. */
export interface ClaimRecord {
  id: string;
  subjectId: string;
  property: string;
  /** '' for entity properties; `TYPE>otherId` for a relationship's role and dates. */
  qualifier: string;
  /** As stored: a place claim holds the place's id (Claim.value shows its name). */
  value: string;
  valueEntity: EntityRecord | null;
  /** Newest first. */
  sourceIds: string[];
  preferred: boolean;
  disputed: boolean;
  figure?: FigureRecord;
}

/** Where sources contradict each other about one property of one entity. */
export interface DisagreementRecord {
  subjectId: string;
  property: string;
  claims: ClaimRecord[];
}

export interface RelationRecord {
  type: RelationType;
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
  relation: RelationType;
  direction: 'OUT' | 'IN';
  role: string | null;
  sources: SourceRecord[];
}
