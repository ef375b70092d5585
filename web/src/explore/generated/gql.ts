/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment RelationFields on Relation {\n    type direction role since until\n    other { id name __typename }\n    sources { id title publisher url published }\n  }\n": typeof types.RelationFieldsFragmentDoc,
    "\n  fragment ClaimFields on Claim {\n    id property value preferred disputed\n    entity { id name __typename }\n    figure { id }\n    reportedBy { id name __typename }\n    sources { id title publisher url published }\n  }\n": typeof types.ClaimFieldsFragmentDoc,
    "\n  fragment FigureFields on Figure {\n    id value qualifier display currency refersTo refersToEnd refersToLabel\n    attribution {\n      kind reporterLabel\n      reportedBy { id name __typename }\n      source { id title publisher url published }\n      said saidLabel\n      via { id name __typename }\n    }\n    counts measure unit statement\n    about { id name __typename }\n    comparisons {\n      verdict reason\n      figure {\n        id value qualifier display currency refersTo refersToEnd refersToLabel\n        attribution {\n          kind reporterLabel\n          reportedBy { id name __typename }\n          source { id title publisher url published }\n        }\n      }\n    }\n  }\n": typeof types.FigureFieldsFragmentDoc,
    "\n  query ExplorerSearch($query: String!, $types: [EntityType!], $first: Int) {\n    search(query: $query, types: $types, first: $first) {\n      score\n      entity { id name __typename aliases description }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerEntity($name: String!, $first: Int) {\n    entity(name: $name) {\n      id name __typename aliases description\n      sources { id title publisher url published }\n      ... on Organization { kind }\n      ... on Place { kind }\n      ... on Event {\n        eventKind: kind date dateLabel\n        place { id name __typename }\n      }\n      relations { ...RelationFields }\n      reported(first: $first) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...FigureFields } }\n      }\n      mentionedIn(first: $first) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...FigureFields } }\n      }\n      claims { ...ClaimFields }\n    }\n  }\n": typeof types.ExplorerEntityDocument,
    "\n  query ExplorerNeighbourhood($name: String!, $twoHops: Boolean!) {\n    entity(name: $name) {\n      id name __typename\n      relations {\n        type direction role\n        other {\n          id name __typename\n          relations @include(if: $twoHops) {\n            type direction\n            other { id name __typename }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerFigures($filter: FigureFilter, $first: Int, $after: String) {\n    figures(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...FigureFields } }\n    }\n  }\n": typeof types.ExplorerFiguresDocument,
    "\n  query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      from { id name __typename }\n      to { id name __typename }\n      steps {\n        relation direction role\n        from { id name __typename }\n        to { id name __typename }\n        sources { id title publisher url published }\n      }\n    }\n  }\n": typeof types.ExplorerPathDocument,
    "\n  query ExplorerSources {\n    sources {\n      id title publisher url published\n      figureCount\n    }\n  }\n": typeof types.ExplorerSourcesDocument,
    "\n  query ExplorerEntityName($name: String!) { entity(name: $name) { id name __typename } }\n": typeof types.ExplorerEntityNameDocument,
    "\n  query ExplorerSourceList($publisher: String) {\n    sources(publisher: $publisher) {\n      id title publisher url published\n      entityCount figureCount\n    }\n  }\n": typeof types.ExplorerSourceListDocument,
    "\n  query ExplorerSource($id: ID!, $first: Int) {\n    node(id: $id) {\n      __typename\n      ... on Source {\n        id title publisher url published\n        entityCount\n        entities { id name __typename }\n        claims {\n          subject { id name __typename }\n          ...ClaimFields\n        }\n        figures(first: $first) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { ...FigureFields } }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerSourceDocument,
    "\n  query ExplorerDisagreements($about: String, $first: Int, $after: String) {\n    disagreements(about: $about, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          subject { id name __typename }\n          property\n          claims { ...ClaimFields }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerDisagreementsDocument,
    "\n  mutation ExplorerDraftArticle($text: String!, $format: ArticleFormat) {\n    draftArticle(text: $text, format: $format) {\n      bundle text\n      mentions { text start end type entityId existing }\n      figures { figureId start end }\n      warnings { code message start end }\n    }\n  }\n": typeof types.ExplorerDraftArticleDocument,
    "\n  mutation ExplorerIngestArticle($bundle: ArticleBundleInput!) {\n    ingestArticle(bundle: $bundle) {\n      source { id title }\n      nodesCreated relationshipsCreated unchanged\n      linked { from to reason }\n      renamedFigures { from to }\n    }\n  }\n": typeof types.ExplorerIngestArticleDocument,
};
const documents: Documents = {
    "\n  fragment RelationFields on Relation {\n    type direction role since until\n    other { id name __typename }\n    sources { id title publisher url published }\n  }\n": types.RelationFieldsFragmentDoc,
    "\n  fragment ClaimFields on Claim {\n    id property value preferred disputed\n    entity { id name __typename }\n    figure { id }\n    reportedBy { id name __typename }\n    sources { id title publisher url published }\n  }\n": types.ClaimFieldsFragmentDoc,
    "\n  fragment FigureFields on Figure {\n    id value qualifier display currency refersTo refersToEnd refersToLabel\n    attribution {\n      kind reporterLabel\n      reportedBy { id name __typename }\n      source { id title publisher url published }\n      said saidLabel\n      via { id name __typename }\n    }\n    counts measure unit statement\n    about { id name __typename }\n    comparisons {\n      verdict reason\n      figure {\n        id value qualifier display currency refersTo refersToEnd refersToLabel\n        attribution {\n          kind reporterLabel\n          reportedBy { id name __typename }\n          source { id title publisher url published }\n        }\n      }\n    }\n  }\n": types.FigureFieldsFragmentDoc,
    "\n  query ExplorerSearch($query: String!, $types: [EntityType!], $first: Int) {\n    search(query: $query, types: $types, first: $first) {\n      score\n      entity { id name __typename aliases description }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerEntity($name: String!, $first: Int) {\n    entity(name: $name) {\n      id name __typename aliases description\n      sources { id title publisher url published }\n      ... on Organization { kind }\n      ... on Place { kind }\n      ... on Event {\n        eventKind: kind date dateLabel\n        place { id name __typename }\n      }\n      relations { ...RelationFields }\n      reported(first: $first) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...FigureFields } }\n      }\n      mentionedIn(first: $first) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...FigureFields } }\n      }\n      claims { ...ClaimFields }\n    }\n  }\n": types.ExplorerEntityDocument,
    "\n  query ExplorerNeighbourhood($name: String!, $twoHops: Boolean!) {\n    entity(name: $name) {\n      id name __typename\n      relations {\n        type direction role\n        other {\n          id name __typename\n          relations @include(if: $twoHops) {\n            type direction\n            other { id name __typename }\n          }\n        }\n      }\n    }\n  }\n": types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerFigures($filter: FigureFilter, $first: Int, $after: String) {\n    figures(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...FigureFields } }\n    }\n  }\n": types.ExplorerFiguresDocument,
    "\n  query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      from { id name __typename }\n      to { id name __typename }\n      steps {\n        relation direction role\n        from { id name __typename }\n        to { id name __typename }\n        sources { id title publisher url published }\n      }\n    }\n  }\n": types.ExplorerPathDocument,
    "\n  query ExplorerSources {\n    sources {\n      id title publisher url published\n      figureCount\n    }\n  }\n": types.ExplorerSourcesDocument,
    "\n  query ExplorerEntityName($name: String!) { entity(name: $name) { id name __typename } }\n": types.ExplorerEntityNameDocument,
    "\n  query ExplorerSourceList($publisher: String) {\n    sources(publisher: $publisher) {\n      id title publisher url published\n      entityCount figureCount\n    }\n  }\n": types.ExplorerSourceListDocument,
    "\n  query ExplorerSource($id: ID!, $first: Int) {\n    node(id: $id) {\n      __typename\n      ... on Source {\n        id title publisher url published\n        entityCount\n        entities { id name __typename }\n        claims {\n          subject { id name __typename }\n          ...ClaimFields\n        }\n        figures(first: $first) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { ...FigureFields } }\n        }\n      }\n    }\n  }\n": types.ExplorerSourceDocument,
    "\n  query ExplorerDisagreements($about: String, $first: Int, $after: String) {\n    disagreements(about: $about, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          subject { id name __typename }\n          property\n          claims { ...ClaimFields }\n        }\n      }\n    }\n  }\n": types.ExplorerDisagreementsDocument,
    "\n  mutation ExplorerDraftArticle($text: String!, $format: ArticleFormat) {\n    draftArticle(text: $text, format: $format) {\n      bundle text\n      mentions { text start end type entityId existing }\n      figures { figureId start end }\n      warnings { code message start end }\n    }\n  }\n": types.ExplorerDraftArticleDocument,
    "\n  mutation ExplorerIngestArticle($bundle: ArticleBundleInput!) {\n    ingestArticle(bundle: $bundle) {\n      source { id title }\n      nodesCreated relationshipsCreated unchanged\n      linked { from to reason }\n      renamedFigures { from to }\n    }\n  }\n": types.ExplorerIngestArticleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationFields on Relation {\n    type direction role since until\n    other { id name __typename }\n    sources { id title publisher url published }\n  }\n"): typeof import('./graphql.js').RelationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimFields on Claim {\n    id property value preferred disputed\n    entity { id name __typename }\n    figure { id }\n    reportedBy { id name __typename }\n    sources { id title publisher url published }\n  }\n"): typeof import('./graphql.js').ClaimFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureFields on Figure {\n    id value qualifier display currency refersTo refersToEnd refersToLabel\n    attribution {\n      kind reporterLabel\n      reportedBy { id name __typename }\n      source { id title publisher url published }\n      said saidLabel\n      via { id name __typename }\n    }\n    counts measure unit statement\n    about { id name __typename }\n    comparisons {\n      verdict reason\n      figure {\n        id value qualifier display currency refersTo refersToEnd refersToLabel\n        attribution {\n          kind reporterLabel\n          reportedBy { id name __typename }\n          source { id title publisher url published }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').FigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($query: String!, $types: [EntityType!], $first: Int) {\n    search(query: $query, types: $types, first: $first) {\n      score\n      entity { id name __typename aliases description }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntity($name: String!, $first: Int) {\n    entity(name: $name) {\n      id name __typename aliases description\n      sources { id title publisher url published }\n      ... on Organization { kind }\n      ... on Place { kind }\n      ... on Event {\n        eventKind: kind date dateLabel\n        place { id name __typename }\n      }\n      relations { ...RelationFields }\n      reported(first: $first) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...FigureFields } }\n      }\n      mentionedIn(first: $first) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...FigureFields } }\n      }\n      claims { ...ClaimFields }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighbourhood($name: String!, $twoHops: Boolean!) {\n    entity(name: $name) {\n      id name __typename\n      relations {\n        type direction role\n        other {\n          id name __typename\n          relations @include(if: $twoHops) {\n            type direction\n            other { id name __typename }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerFigures($filter: FigureFilter, $first: Int, $after: String) {\n    figures(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...FigureFields } }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      from { id name __typename }\n      to { id name __typename }\n      steps {\n        relation direction role\n        from { id name __typename }\n        to { id name __typename }\n        sources { id title publisher url published }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSources {\n    sources {\n      id title publisher url published\n      figureCount\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntityName($name: String!) { entity(name: $name) { id name __typename } }\n"): typeof import('./graphql.js').ExplorerEntityNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSourceList($publisher: String) {\n    sources(publisher: $publisher) {\n      id title publisher url published\n      entityCount figureCount\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSourceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSource($id: ID!, $first: Int) {\n    node(id: $id) {\n      __typename\n      ... on Source {\n        id title publisher url published\n        entityCount\n        entities { id name __typename }\n        claims {\n          subject { id name __typename }\n          ...ClaimFields\n        }\n        figures(first: $first) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { ...FigureFields } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerDisagreements($about: String, $first: Int, $after: String) {\n    disagreements(about: $about, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          subject { id name __typename }\n          property\n          claims { ...ClaimFields }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerDisagreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerDraftArticle($text: String!, $format: ArticleFormat) {\n    draftArticle(text: $text, format: $format) {\n      bundle text\n      mentions { text start end type entityId existing }\n      figures { figureId start end }\n      warnings { code message start end }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerDraftArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerIngestArticle($bundle: ArticleBundleInput!) {\n    ingestArticle(bundle: $bundle) {\n      source { id title }\n      nodesCreated relationshipsCreated unchanged\n      linked { from to reason }\n      renamedFigures { from to }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerIngestArticleDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
