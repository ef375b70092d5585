/** Every GraphQL document the explorer sends. Only the public schema (schema/*.graphql). */

const entityRef = /* GraphQL */ `id name __typename`;
const sourceRef = /* GraphQL */ `id title publisher url published`;
const claimFields = /* GraphQL */ `id property value preferred disputed entity { ${entityRef} } figure { id } reportedBy { ${entityRef} } sources { ${sourceRef} }`;

export const figureFields = /* GraphQL */ `
  fragment FigureFields on Figure {
    id value qualifier display counts measure unit currency
    refersTo refersToEnd refersToLabel statement
    attribution {
      kind reporterLabel said saidLabel
      reportedBy { ${entityRef} }
      via { ${entityRef} }
      source { ${sourceRef} }
    }
    about { ${entityRef} }
    comparisons {
      verdict reason
      figure {
        id value qualifier display currency refersTo refersToEnd refersToLabel
        attribution { kind reporterLabel reportedBy { ${entityRef} } source { ${sourceRef} } }
      }
    }
  }
`;

export const searchQuery = /* GraphQL */ `
  query ExplorerSearch($query: String!, $types: [EntityType!], $first: Int) {
    search(query: $query, types: $types, first: $first) {
      score
      entity { ${entityRef} aliases description }
    }
  }
`;

export const entityQuery = /* GraphQL */ `
  query ExplorerEntity($name: String!, $first: Int) {
    entity(name: $name) {
      ${entityRef}
      aliases
      description
      sources { ${sourceRef} }
      ... on Organization { kind }
      ... on Place { kind }
      ... on Event { eventKind: kind date dateLabel place { ${entityRef} } }
      relations {
        type direction role since until
        other { ${entityRef} }
        sources { ${sourceRef} }
      }
      reported(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...FigureFields } } }
      mentionedIn(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...FigureFields } } }
      claims { ${claimFields} }
    }
  }
  ${figureFields}
`;

export const neighbourhoodQuery = /* GraphQL */ `
  query ExplorerNeighbourhood($name: String!, $twoHops: Boolean!) {
    entity(name: $name) {
      ${entityRef}
      relations {
        type direction role
        other {
          ${entityRef}
          relations @include(if: $twoHops) { type direction other { ${entityRef} } }
        }
      }
    }
  }
`;

export const figuresQuery = /* GraphQL */ `
  query ExplorerFigures($filter: FigureFilter, $first: Int, $after: String) {
    figures(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...FigureFields } }
    }
  }
  ${figureFields}
`;

export const pathQuery = /* GraphQL */ `
  query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) {
      length
      from { ${entityRef} }
      to { ${entityRef} }
      steps {
        relation direction role
        from { ${entityRef} }
        to { ${entityRef} }
        sources { ${sourceRef} }
      }
    }
  }
`;

export const sourcesQuery = /* GraphQL */ `
  query ExplorerSources {
    sources { ${sourceRef} figures(first: 1) { totalCount } }
  }
`;

export const entityNameQuery = /* GraphQL */ `
  query ExplorerEntityName($name: String!) {
    entity(name: $name) { ${entityRef} }
  }
`;

export const sourceListQuery = /* GraphQL */ `
  query ExplorerSourceList($publisher: String) {
    sources(publisher: $publisher) { ${sourceRef} figures(first: 1) { totalCount } entities { id } }
  }
`;

export const sourceQuery = /* GraphQL */ `
  query ExplorerSource($id: ID!, $first: Int) {
    node(id: $id) {
      __typename
      ... on Source {
        ${sourceRef}
        entities { ${entityRef} }
        claims { subject { ${entityRef} } ${claimFields} }
        figures(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...FigureFields } } }
      }
    }
  }
  ${figureFields}
`;

export const disagreementsQuery = /* GraphQL */ `
  query ExplorerDisagreements($about: String, $first: Int, $after: String) {
    disagreements(about: $about, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { subject { ${entityRef} } property claims { ${claimFields} } } }
    }
  }
`;

/** Needs a write token; writes nothing. */
export const draftArticleMutation = /* GraphQL */ `
  mutation ExplorerDraftArticle($text: String!, $format: ArticleFormat) {
    draftArticle(text: $text, format: $format) {
      bundle
      text
      mentions { text start end type entityId existing }
      figures { figureId start end }
      warnings { code message start end }
    }
  }
`;

/** Needs a write token. */
export const ingestArticleMutation = /* GraphQL */ `
  mutation ExplorerIngestArticle($bundle: ArticleBundleInput!) {
    ingestArticle(bundle: $bundle) {
      source { id title }
      nodesCreated relationshipsCreated unchanged
      linked { from to reason }
      renamedFigures { from to }
    }
  }
`;
