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
  currency: string | null;
  refersTo: string | null;
  refersToEnd: string | null;
  refersToLabel: string | null;
  attribution: { kind: AttributionKind; reportedBy: EntityRef | null; reporterLabel: string | null; source: SourceRef };
}

/** How another figure of the same measure stands to this one (schema/50-claims.graphql). */
export type FigureVerdict = 'CORROBORATES' | 'CONTRADICTS' | 'NOT_COMPARABLE' | 'OTHER_PERIOD';

export interface FigureComparison {
  figure: ComparableFigure;
  verdict: FigureVerdict;
  reason: string;
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
  /** Every other figure of the same measure with its verdict. */
  comparisons: FigureComparison[];
}

export interface FigureConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: Figure }>;
}

/**
 * One value a set of sources gives for one property of an entity. Property claims carry no
 * `figure`; figure claims (property = the figure's measure) do.
 */
export interface Claim {
  id: string;
  property: string;
  value: string;
  /** The place of a `place` claim, the organisation or event of a `role` claim. */
  entity: EntityRef | null;
  figure: { id: string } | null;
  /** A figure's reporter; null for what a source states in its own voice. */
  reportedBy: EntityRef | null;
  /** Newest first. */
  sources: SourceRef[];
  preferred: boolean;
  disputed: boolean;
}

export interface SubjectClaim extends Claim {
  subject: EntityRef;
}

export interface Disagreement {
  subject: EntityRef;
  property: string;
  claims: Claim[];
}

export interface DisagreementConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: Disagreement }>;
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
  claims: Claim[];
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

export interface SourceListItem extends SourceRef {
  figures: { totalCount: number };
  entities: Array<{ id: string }>;
}

export interface SourceDetail extends SourceRef {
  __typename: 'Source';
  entities: EntityRef[];
  claims: SubjectClaim[];
  figures: FigureConnection;
}

/* The "Add an article" page: draftArticle and ingestArticle (schema/60-drafts.graphql, 40-mutations.graphql). */

/** Entity types as a bundle spells them (the EntityType enum of the API's inputs). */
export type BundleEntityType = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'EVENT';

export interface Evidence {
  start: number;
  end: number;
}

export interface BundleEntity {
  id: string;
  type: BundleEntityType;
  name: string;
  aliases?: string[];
  description?: string;
  kind?: string;
  date?: string;
  dateLabel?: string;
  place?: string;
}

export interface BundleRelationship {
  from: string;
  type: RelationType;
  to: string;
  role?: string;
  since?: string;
  until?: string;
  evidence?: Evidence;
}

export interface BundleAttribution {
  kind: AttributionKind;
  reportedBy?: string;
  reporterLabel?: string;
  via?: string;
  said?: string;
  saidLabel?: string;
}

export interface BundleFigure {
  id: string;
  value: number;
  lowerBound?: number;
  upperBound?: number;
  qualifier: Qualifier;
  counts: string;
  measure: string;
  unit?: string;
  currency?: string;
  refersTo?: string;
  refersToEnd?: string;
  refersToLabel?: string;
  statement: string;
  about: string[];
  attribution: BundleAttribution;
  evidence?: Evidence;
}

/** The bundle `draftArticle` drafts and `ingestArticle` takes (ArticleBundleInput). */
export interface DraftBundle {
  format: string;
  source: { id: string; title: string; publisher?: string; url?: string; published?: string };
  entities: BundleEntity[];
  relationships?: BundleRelationship[];
  figures?: BundleFigure[];
}

export interface DraftMention {
  text: string;
  start: number;
  end: number;
  type: BundleEntityType;
  entityId: string;
  existing: boolean;
}

export interface DraftFigureSpan {
  figureId: string;
  start: number;
  end: number;
}

export interface DraftWarning {
  code: string;
  message: string;
  start: number | null;
  end: number | null;
}

export interface ArticleDraft {
  bundle: DraftBundle;
  text: string;
  mentions: DraftMention[];
  figures: DraftFigureSpan[];
  warnings: DraftWarning[];
}

export type ArticleFormat = 'TEXT' | 'HTML';

export interface IngestResult {
  source: { id: string; title: string };
  nodesCreated: number;
  relationshipsCreated: number;
  unchanged: boolean;
  linked: Array<{ from: string; to: string; reason: string }>;
  renamedFigures: Array<{ from: string; to: string }>;
}

/** One problem of a bundle, located by JSON path ("figures[1].attribution"). */
export interface BundleProblem {
  path: string;
  message: string;
}
