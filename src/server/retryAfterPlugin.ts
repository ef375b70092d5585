import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '../errors/codes.js';
import { DEFAULT_RETRY_AFTER_SECONDS, retryAfterOf } from '../errors/serviceUnavailable.js';

/**
 * Sets Retry-After (seconds) on every GraphQL response that carries a SERVICE_UNAVAILABLE
 * error: the longest wait any of its errors asks for (serviceUnavailable), else
 * DEFAULT_RETRY_AFTER_SECONDS. The HTTP status stays what Apollo chose (200 for
 * application/json): the header is advice to clients and proxies that read it.
 */
export function retryAfterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let asked: number | undefined;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const seconds = retryAfterOf(unwrapResolverError(error));
            if (seconds !== undefined) asked = Math.max(asked ?? 0, seconds);
          }
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (errors.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.headers.set('retry-after', String(asked ?? DEFAULT_RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
