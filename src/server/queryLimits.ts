import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';

/**
 * Limits on the shape of a query (graphql-armor), checked before anything runs. Generous
 * enough for every real question and for Sandbox's introspection, small enough that no single
 * request can make the server or Neo4j do unbounded work. Page sizes (1–100), `maxHops` (1–6)
 * and search sizes are limited by the resolvers; a transaction time limit by Neo4j.
 * A rejection is answered with code QUERY_TOO_COMPLEX (see errorMasking.ts).
 */
export const MAX_TOKENS = 4000;

export const queryLimits: GraphQLArmorConfig = {
  maxDepth: { n: 12, ignoreIntrospection: true, flattenFragments: true },
  maxAliases: { n: 30 },
  maxDirectives: { n: 20 },
  // Tokens are limited by graphql-js's own parser (parseOptions.maxTokens in createServer.ts),
  // which stops before building the document; armor's version reports the rejection badly.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 20_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
  // The schema is public (introspection is on), so "Did you mean" hints help and leak nothing.
  blockFieldSuggestion: { enabled: false },
};
