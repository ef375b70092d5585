import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, isGraphQLError } from '../errors/codes.js';

/** Codes produced by our own code or by Apollo/graphql-js validation: safe to show as they are. */
const clientCodes = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.TIMEOUT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

export const INTERNAL_MESSAGE = 'Internal server error. Quote the requestId when reporting it.';

/**
 * Apollo's formatError hook. Errors that carry a client code pass through (without a stack
 * trace); everything else (a driver error, a bug) becomes INTERNAL_SERVER_ERROR with a fixed
 * message. The original is logged by the logging plugin, which also adds the requestId.
 */
/** graphql-armor's rejections ("Syntax Error: Query depth limit of 12 exceeded, found 13."). */
const limitMessage = /^(?:Syntax Error: )?(.*\blimit of \d+ exceeded.*|Document contains more th\w+ \d+ tokens.*)$/i;

export function maskError(formatted: GraphQLFormattedError, error: unknown, debug: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const limit = limitMessage.exec(formatted.message);
  if (limit !== null && (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED')) {
    return { message: `Query too complex: ${limit[1]}`, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  // A plain Error thrown by a resolver arrives wrapped; unwrapped it is not a GraphQLError.
  const passes = typeof code === 'string' && clientCodes.has(code) && isGraphQLError(original);
  if (passes) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: debug ? { ...extensions, stacktrace: formatted.extensions?.stacktrace } : extensions };
  }
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.locations !== undefined && { locations: formatted.locations }),
    ...(formatted.path !== undefined && { path: formatted.path }),
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      ...(debug && { detail: original instanceof Error ? original.message : String(original) }),
    },
  };
}
