import { graphql } from './generated/gql.js';

/**
 * Every GraphQL document the explorer sends. Only the public schema (schema/*.graphql).
 * `npm run codegen` reads the `graphql()` calls of this file and types each document with its
 * result and variables (web/src/explore/generated/), so `gql()` hands a view data of the shape
 * its document asks for. A document here is found by its exact text: change one, run codegen.
 *
 * Fragments are spread one level deep, never one inside another: the server's cost limit
 * (graphql-armor, src/server/queryLimits.ts) prices a nested spread several times over, and
 * the entity page would pass the limit. So entity and source references are written out.
 * test/unit/explorerDocuments.test.ts holds every document to the server's limits.
 */

const relationFields = graphql(/* GraphQL */ `
  fragment RelationFields on Relation {
    type direction role since until
    other { id name __typename }
    sources { id title publisher url published }
  }
`);

/** Property claims carry no `figure`; figure claims (property = the figure's measure) do. */
const claimFields = graphql(/* GraphQL */ `
  fragment ClaimFields on Claim {
    id property value preferred disputed
    entity { id name __typename }
    figure { id }
    reportedBy { id name __typename }
    sources { id title publisher url published }
  }
`);

const figureFields = graphql(/* GraphQL */ `
  fragment FigureFields on Figure {
    id value qualifier display currency refersTo refersToEnd refersToLabel
    attribution {
      kind reporterLabel
      reportedBy { id name __typename }
      source { id title publisher url published }
      said saidLabel
      via { id name __typename }
    }
    counts measure unit statement
    about { id name __typename }
    comparisons {
      verdict reason
      figure {
        id value qualifier display currency refersTo refersToEnd refersToLabel
        attribution {
          kind reporterLabel
          reportedBy { id name __typename }
          source { id title publisher url published }
        }
      }
    }
  }
`);

export const searchQuery = graphql(/* GraphQL */ `
  query ExplorerSearch($query: String!, $types: [EntityType!], $first: Int) {
    search(query: $query, types: $types, first: $first) {
      score
      entity { id name __typename aliases description }
    }
  }
`);

export const entityQuery = graphql(/* GraphQL */ `
  query ExplorerEntity($name: String!, $first: Int) {
    entity(name: $name) {
      id name __typename aliases description
      sources { id title publisher url published }
      ... on Organization { kind }
      ... on Place { kind }
      ... on Event {
        eventKind: kind date dateLabel
        place { id name __typename }
      }
      relations { ...RelationFields }
      reported(first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...FigureFields } }
      }
      mentionedIn(first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...FigureFields } }
      }
      claims { ...ClaimFields }
    }
  }
`);

export const neighbourhoodQuery = graphql(/* GraphQL */ `
  query ExplorerNeighbourhood($name: String!, $twoHops: Boolean!) {
    entity(name: $name) {
      id name __typename
      relations {
        type direction role
        other {
          id name __typename
          relations @include(if: $twoHops) {
            type direction
            other { id name __typename }
          }
        }
      }
    }
  }
`);

export const figuresQuery = graphql(/* GraphQL */ `
  query ExplorerFigures($filter: FigureFilter, $first: Int, $after: String) {
    figures(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...FigureFields } }
    }
  }
`);

export const pathQuery = graphql(/* GraphQL */ `
  query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) {
      length
      from { id name __typename }
      to { id name __typename }
      steps {
        relation direction role
        from { id name __typename }
        to { id name __typename }
        sources { id title publisher url published }
      }
    }
  }
`);

export const sourcesQuery = graphql(/* GraphQL */ `
  query ExplorerSources {
    sources {
      id title publisher url published
      figureCount
    }
  }
`);

export const entityNameQuery = graphql(/* GraphQL */ `
  query ExplorerEntityName($name: String!) { entity(name: $name) { id name __typename } }
`);

export const sourceListQuery = graphql(/* GraphQL */ `
  query ExplorerSourceList($publisher: String) {
    sources(publisher: $publisher) {
      id title publisher url published
      entityCount figureCount
    }
  }
`);

export const sourceQuery = graphql(/* GraphQL */ `
  query ExplorerSource($id: ID!, $first: Int) {
    node(id: $id) {
      __typename
      ... on Source {
        id title publisher url published
        entityCount
        entities { id name __typename }
        claims {
          subject { id name __typename }
          ...ClaimFields
        }
        figures(first: $first) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { ...FigureFields } }
        }
      }
    }
  }
`);

export const disagreementsQuery = graphql(/* GraphQL */ `
  query ExplorerDisagreements($about: String, $first: Int, $after: String) {
    disagreements(about: $about, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          subject { id name __typename }
          property
          claims { ...ClaimFields }
        }
      }
    }
  }
`);

/** Needs a write token; writes nothing. */
export const draftArticleMutation = graphql(/* GraphQL */ `
  mutation ExplorerDraftArticle($text: String!, $format: ArticleFormat) {
    draftArticle(text: $text, format: $format) {
      bundle text
      mentions { text start end type entityId existing }
      figures { figureId start end }
      warnings { code message start end }
    }
  }
`);

/** Needs a write token. */
export const ingestArticleMutation = graphql(/* GraphQL */ `
  mutation ExplorerIngestArticle($bundle: ArticleBundleInput!) {
    ingestArticle(bundle: $bundle) {
      source { id title }
      nodesCreated relationshipsCreated unchanged
      linked { from to reason }
      renamedFigures { from to }
    }
  }
`);
