/** The shapes of the API answers the explorer asks for (see queries.ts). */

export type EntityType = 'Person' | 'Organization' | 'Place' | 'Event';
export type Direction = 'OUT' | 'IN';
export type AttributionKind = 'ASSERTED' | 'SAID' | 'CLAIMED' | 'ESTIMATED' | 'REPORTED' | 'CONFIRMED';
export type Qualifier = 'EXACT' | 'ABOUT' | 'MORE_THAN' | 'AT_LEAST' | 'ALMOST' | 'UP_TO' | 'AT_MOST' | 'VAGUE';
export type RelationType =
  | 'MEMBER_OF'
  | 'LEADS'
  | 'PART_OF'
  | 'OPERATED_BY'
  | 'LOCATED_IN'
  | 'PARTICIPATED_IN'
  | 'OCCURRED_IN'
  | 'PART_OF_EVENT'
  | 'CITIZEN_OF'
  | 'ESTABLISHED';

export interface EntityRef {
  id: string;
  name: string;
  __typename: EntityType;
}

export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
}

export interface Relation {
  type: RelationType;
  direction: Direction;
  role: string | null;
  since: string | null;
  until: string | null;
  other: EntityRef;
  sources: SourceRef[];
}

export interface ComparableFigure {
  id: string;
  value: number;
  qualifier: Qualifier;
  display: string;
  refersTo: string | null;
  refersToEnd: string | null;
  refersToLabel: string | null;
  attribution: { reportedBy: EntityRef | null; reporterLabel: string | null };
}

export interface Figure extends ComparableFigure {
  counts: string;
  measure: string;
  unit: string | null;
  currency: string | null;
  statement: string;
  attribution: {
    kind: AttributionKind;
    reportedBy: EntityRef | null;
    reporterLabel: string | null;
    via: EntityRef | null;
    said: string | null;
    saidLabel: string | null;
    source: SourceRef;
  };
  about: EntityRef[];
  comparable: ComparableFigure[];
}

export interface FigureConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: Figure }>;
}

export interface EntityDetail extends EntityRef {
  aliases: string[];
  description: string | null;
  kind?: string | null;
  eventKind?: string;
  date?: string | null;
  dateLabel?: string | null;
  place?: EntityRef | null;
  sources: SourceRef[];
  relations: Relation[];
  reported: FigureConnection;
  mentionedIn: FigureConnection;
}

export interface SearchHit {
  score: number;
  entity: EntityRef & { aliases: string[]; description: string | null };
}

export interface PathStep {
  from: EntityRef;
  relation: RelationType;
  direction: Direction;
  role: string | null;
  to: EntityRef;
  sources: SourceRef[];
}

export interface Path {
  from: EntityRef;
  to: EntityRef;
  length: number;
  steps: PathStep[];
}

export interface NeighbourRelation {
  type: RelationType;
  direction: Direction;
  role: string | null;
  other: EntityRef & { relations?: Array<{ type: RelationType; direction: Direction; other: EntityRef }> };
}

export interface Neighbourhood extends EntityRef {
  relations: NeighbourRelation[];
}

export interface SourceSummary extends SourceRef {
  figures: { totalCount: number };
}
