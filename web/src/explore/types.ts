import type {
  ClaimFieldsFragment,
  ExplorerDisagreementsQuery,
  ExplorerDraftArticleMutation,
  ExplorerEntityQuery,
  ExplorerFiguresQuery,
  ExplorerIngestArticleMutation,
  ExplorerNeighbourhoodQuery,
  ExplorerPathQuery,
  ExplorerSearchQuery,
  ExplorerSourceListQuery,
  ExplorerSourceQuery,
  ExplorerSourcesQuery,
  FigureFieldsFragment,
  RelationFieldsFragment,
} from './generated/graphql';

/**
 * Names for the parts of the API's answers that the views and components pass around. Each
 * is cut from a type generated from a document of queries.ts (`npm run codegen`), never
 * written out: a field a document does not ask for is not here, and a schema change that
 * breaks a view fails the type check.
 */

export type { AttributionKind, Direction, FigureVerdict, Qualifier, RelationType, ArticleFormat } from './generated/graphql';

export type Figure = FigureFieldsFragment;
/** What a link to an entity needs: every document asks `{ id name __typename }` of one. */
export type EntityRef = Figure['about'][number];
/** The GraphQL type of an entity (its `__typename`): Person, Organization, Place or Event. */
export type EntityType = EntityRef['__typename'];
/** What a citation needs: every document asks `{ id title publisher url published }` of a source. */
export type SourceRef = Figure['attribution']['source'];
/** How another figure of the same measure stands to this one (schema/50-claims.graphql). */
export type FigureComparison = Figure['comparisons'][number];
/** What the figures table shows of the other figure of a comparison (a Figure has all of it too). */
export type ComparableFigure = FigureComparison['figure'];
export type FigureConnection = ExplorerFiguresQuery['figures'];
export type Relation = RelationFieldsFragment;
/**
 * One value a set of sources gives for one property of an entity. Property claims carry no
 * `figure`; figure claims (property = the figure's measure) do.
 */
export type Claim = ClaimFieldsFragment;

export type SearchHit = ExplorerSearchQuery['search'][number];
export type EntityDetail = NonNullable<ExplorerEntityQuery['entity']>;
export type Neighbourhood = NonNullable<ExplorerNeighbourhoodQuery['entity']>;
export type Path = NonNullable<ExplorerPathQuery['path']>;
export type SourceSummary = ExplorerSourcesQuery['sources'][number];
export type SourceListItem = ExplorerSourceListQuery['sources'][number];
export type SourceDetail = Extract<NonNullable<ExplorerSourceQuery['node']>, { __typename: 'Source' }>;
export type SubjectClaim = SourceDetail['claims'][number];
export type DisagreementConnection = ExplorerDisagreementsQuery['disagreements'];
export type Disagreement = DisagreementConnection['edges'][number]['node'];

/** What draftArticle answers; its `bundle` is JSON (see draft/bundle.ts). */
export type ArticleDraft = ExplorerDraftArticleMutation['draftArticle'];
export type DraftMention = ArticleDraft['mentions'][number];
export type IngestResult = ExplorerIngestArticleMutation['ingestArticle'];
