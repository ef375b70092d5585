import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphContext } from '../resolvers/context.js';
import { ErrorCode, isGraphQLError } from '../errors/codes.js';

/**
 * One JSON log line per GraphQL request: operation, duration, HTTP status, database round
 * trips and error codes. Internal errors are logged with their detail here and get the
 * request id in the response, so a user's report can be matched to the log.
 */
export function loggingPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, contextValue: ctx }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const code = error.extensions?.code;
            if (!isGraphQLError(original) || code === ErrorCode.INTERNAL_SERVER_ERROR) {
              ctx.logger.error({ err: original, path: error.path }, 'request failed with an internal error');
            } else if (code === ErrorCode.SERVICE_UNAVAILABLE || code === ErrorCode.TIMEOUT) {
              ctx.logger.warn({ err: original.originalError ?? original, path: error.path }, String(code));
            }
          }
        },
        async willSendResponse({ response, operationName, contextValue: ctx }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          for (const error of errors) {
            if (error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
              (error.extensions as Record<string, unknown>).requestId = ctx.requestId;
            }
          }
          // The request's reads share one transaction; end it now (it does not delay the answer).
          ctx.executor.finish();
          response.http.headers.set('x-request-id', ctx.requestId);
          // Database statements and transactions of this request: lets a client (and the
          // round-trip test) see that a request's cost does not grow with the rows it returns.
          response.http.headers.set('x-db-round-trips', String(ctx.executor.queryCount));
          response.http.headers.set('x-db-transactions', String(ctx.executor.transactionCount));
          // Of those, the ones that went without BEGIN and COMMIT (a closed document's one statement).
          response.http.headers.set('x-db-auto-commit', String(ctx.executor.autoCommitCount));
          ctx.logger.info(
            {
              operationName: operationName ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              status: response.http.status ?? 200,
              dbQueries: ctx.executor.queryCount,
              errors: errors.map((e) => e.extensions?.code ?? 'UNKNOWN'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
