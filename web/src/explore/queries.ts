/** Every GraphQL document the explorer sends. Only the public schema (schema/*.graphql). */

const entityRef = /* GraphQL */ `id name __typename`;
const sourceRef = /* GraphQL */ `id title publisher url published`;

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
    comparable {
      id value qualifier display refersTo refersToEnd refersToLabel
      attribution { reporterLabel reportedBy { ${entityRef} } }
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
