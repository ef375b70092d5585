import { createRequire } from 'node:module';
import { GraphQLError } from 'graphql';

/** The error codes clients may see in `extensions.code`. Stable: clients switch on them. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  /** The query's depth, aliases, directives, tokens or cost exceed the server's limits. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The client sent more requests than RATE_LIMIT_REQUESTS in the window (HTTP 429 with Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/**
 * True for a GraphQLError from any copy of graphql-js. Apollo may load the CommonJS build
 * while our code loads the ESM one (under vitest, for one), so `instanceof` is not enough.
 */
const CommonJsGraphQLError = (createRequire(import.meta.url)('graphql') as typeof import('graphql')).GraphQLError;

export function isGraphQLError(value: unknown): value is GraphQLError {
  return value instanceof GraphQLError || value instanceof CommonJsGraphQLError;
}
