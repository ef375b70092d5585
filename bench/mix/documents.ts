/**
 * The GraphQL documents of the benchmark mix, for our API (schema/*.graphql) and for the
 * @neo4j/graphql schema of bench/neo4j-graphql/typeDefs.ts. Each pair asks for the same data;
 * where the two APIs differ, the @neo4j/graphql side is written the way its documentation
 * suggests (generated filters and connections, @cypher fields for what it lacks).
 */

export const ours = {
  entityByAlias: /* GraphQL */ `
    query EntityByAlias($name: String!) {
      entity(name: $name) { __typename id name aliases description }
    }`,
  figuresByReporter: /* GraphQL */ `
    query FiguresByReporter($reporter: String!) {
      figures(filter: { reportedBy: $reporter, includeMembers: true }, first: 20) {
        totalCount
        edges { node { id value qualifier measure refersTo statement attribution { kind reportedBy { id name } } } }
      }
    }`,
  search: /* GraphQL */ `
    query Search($query: String!) {
      search(query: $query, first: 10) { entity { __typename id name aliases } }
    }`,
  path: /* GraphQL */ `
    query Path($from: ID!, $to: ID!) {
      path(from: $from, to: $to, maxHops: 4) {
        length
        steps { relation direction role from { id name } to { id name } }
      }
    }`,
  neighbourhood: /* GraphQL */ `
    query Neighbourhood($id: ID!) {
      node(id: $id) {
        ... on Organization {
          id
          name
          members {
            role
            other { id name ... on Person { organizations { role other { id name } } events { role other { id name } } } }
          }
          parts { other { id name ... on Organization { members { role other { id name } } parts { other { id name } } } } }
          partOf { other { id name ... on Organization { partOf { other { id name } } } } }
          locatedIn { other { id name ... on Place { locatedIn { other { id name } } } } }
        }
      }
    }`,
  figurePage: /* GraphQL */ `
    query FigurePage($measure: String!, $after: String) {
      figures(filter: { measure: $measure }, first: 50, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id value qualifier unit refersTo attribution { kind reportedBy { id name } } } }
      }
    }`,
} as const;

const figureFields = 'id value qualifier measure refersTo statement attributionKind reportedBy { id name }';
const personAround = /* GraphQL */ `
  organizationsConnection { edges { properties { role } node { id name } } }
  leadsConnection { edges { properties { role } node { id name } } }
  eventsConnection { edges { properties { role } node { id name } } }`;
const partAround = /* GraphQL */ `
  membersConnection { edges { properties { role } node { id name } } }
  leadersConnection { edges { properties { role } node { id name } } }
  parts { id name }
  services { id name }`;

export const neo4jGraphql = {
  /** The client computes the name keys (strict and loose) as our server does; strict wins. */
  entityByAlias: /* GraphQL */ `
    query EntityByAlias($keys: [String!]!) {
      nameKeys(where: { key: { in: $keys } }, sort: [{ key: DESC }], limit: 1) {
        entities { __typename id name aliases description }
      }
    }`,
  figuresByReporter: /* GraphQL */ `
    query FiguresByReporter($keys: [String!]!) {
      nameKeys(where: { key: { in: $keys } }, sort: [{ key: DESC }], limit: 1) {
        entities {
          ... on Organization { figuresWithMembersCount figuresWithMembers(offset: 0, limit: 20) { ${figureFields} } }
        }
      }
    }`,
  /** The client turns the words into the same Lucene query our server builds. */
  search: /* GraphQL */ `
    query Search($phrase: String!) {
      searchEntities(phrase: $phrase, limit: 10) { __typename id name aliases }
    }`,
  path: /* GraphQL */ `
    query Path($from: ID!, $to: ID!) {
      shortestPath(from: $from, to: $to, maxHops: 4) { relation direction role fromId fromName toId toName }
    }`,
  neighbourhood: /* GraphQL */ `
    query Neighbourhood($id: ID!) {
      organizations(where: { id: { eq: $id } }) {
        id
        name
        membersConnection { edges { properties { role } node { id name ${personAround} } } }
        leadersConnection { edges { properties { role } node { id name ${personAround} } } }
        parts { id name ${partAround} }
        services { id name ${partAround} }
        partOf { id name partOf { id name } operatedBy { id name } }
        operatedBy { id name partOf { id name } operatedBy { id name } }
        locatedIn { id name locatedIn { id name } }
      }
    }`,
  figurePage: /* GraphQL */ `
    query FigurePage($measure: String!, $after: String) {
      figuresConnection(where: { measure: { eq: $measure } }, first: 50, after: $after, sort: [{ refersFromDay: ASC }, { id: ASC }]) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id value qualifier unit refersTo attributionKind reportedBy { id name } } }
      }
    }`,
} as const;

export type QueryKind = keyof typeof ours;
export const queryKinds = Object.keys(ours) as QueryKind[];
