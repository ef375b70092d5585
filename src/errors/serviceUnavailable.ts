import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes.js';

/** Seconds a client is told to wait when a SERVICE_UNAVAILABLE error says nothing more precise. */
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

/** Kept beside the error, not in its extensions: clients get it as the Retry-After header only. */
const retryAfter = new WeakMap<object, number>();

/**
 * A SERVICE_UNAVAILABLE error with the number of seconds after which trying again is worth
 * it; the server sends them as the response's Retry-After header (retryAfterPlugin).
 */
export function serviceUnavailable(message: string, retryAfterSeconds: number, originalError?: Error): GraphQLError {
  const error = new GraphQLError(message, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    ...(originalError !== undefined && { originalError }),
  });
  retryAfter.set(error, retryAfterSeconds);
  return error;
}

/** The seconds given to serviceUnavailable for this very error; undefined for any other value. */
export function retryAfterOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? retryAfter.get(error) : undefined;
}
