import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { ErrorCode, isGraphQLError } from '../errors/codes.js';
import { serviceUnavailable } from '../errors/serviceUnavailable.js';

/** Retry-After when Neo4j cannot be reached: a restart or a failover takes seconds. */
const UNREACHABLE_RETRY_SECONDS = 5;
/** Retry-After when every connection stayed busy for the whole acquisition wait: load passes sooner. */
const BUSY_RETRY_SECONDS = 2;

/**
 * Maps a driver error to what a client may see. Connection trouble becomes
 * SERVICE_UNAVAILABLE, a time-out TIMEOUT, a refusal for memory QUERY_TOO_COMPLEX, a constraint
 * violation CONFLICT; anything else is
 * returned unchanged so the server masks it as an internal error (the log keeps the detail).
 */
export function translateError(error: unknown): unknown {
  if (isGraphQLError(error)) return error;
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound'
  ) {
    return serviceUnavailable('The graph database is unavailable; try again shortly.', UNREACHABLE_RETRY_SECONDS, error);
  }
  if (/connection acquisition timed out/i.test(error.message)) {
    return serviceUnavailable('The graph database is too busy to answer now; try again shortly.', BUSY_RETRY_SECONDS, error);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code.includes('TransactionTimedOut')) {
    return new GraphQLError('The query took too long and was stopped.', {
      extensions: { code: ErrorCode.TIMEOUT },
      originalError: error,
    });
  }
  // Neo4j refuses a transaction past dbms.memory.transaction.total.max: the question asks for
  // too much at once (a retry would be refused again), not a fault of the server.
  if (code.includes('MemoryPoolOutOfMemoryError') || code.startsWith('Neo.TransientError.General.TransactionMemoryLimit')) {
    return new GraphQLError('The question needs more memory than one request may use; ask for less at once (smaller pages, fewer nested lists).', {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
      originalError: error,
    });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphQLError('The write conflicts with data already in the graph.', {
      extensions: { code: ErrorCode.CONFLICT },
      originalError: error,
    });
  }
  return error;
}
