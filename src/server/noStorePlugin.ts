import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `Cache-Control: no-store` on every response of the GraphQL pipeline, as Apollo's default
 * cache-control plugin answered for this schema (it has no @cacheControl hints and the default
 * max age is 0, so no response was ever cacheable). That plugin is turned off in
 * createServer.ts: its per-field hook made Apollo wrap every resolver of the schema and run
 * the hook for every field of every response, for a header that is always the same.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
