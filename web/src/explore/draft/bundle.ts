import type { AttributionKind, EntityType, Qualifier, RelationType } from '../generated/graphql';

/*
 * The bundle of the "Add an article" page: what `draftArticle` drafts and `ingestArticle`
 * takes (schema/60-drafts.graphql, 40-mutations.graphql). Written here, not generated:
 * draftArticle answers it as a JSON scalar, and the page edits it with optional fields left
 * out (never null), which the generated ArticleBundleInput does not promise. ingestArticle's
 * generated variables type still checks it: a DraftBundle must be an ArticleBundleInput.
 */

/** Entity types as a bundle spells them (the EntityType enum of the API's inputs). */
export type BundleEntityType = EntityType;

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

/** One problem of a bundle, located by JSON path ("figures[1].attribution"): `extensions.problems` of a refused ingest. */
export interface BundleProblem {
  path: string;
  message: string;
}
