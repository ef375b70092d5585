import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { translateError } from '../../src/db/translateError.js';
import { retryAfterOf } from '../../src/errors/serviceUnavailable.js';

const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error: general processing exception');

/** What a client would see of the translated error, and the Retry-After it asks for. */
function seen(error: unknown) {
  const translated = translateError(error);
  expect(translated).toBeInstanceOf(GraphQLError);
  const graphqlError = translated as GraphQLError;
  expect(graphqlError.originalError).toBe(error);
  return { message: graphqlError.message, extensions: graphqlError.extensions, retryAfter: retryAfterOf(graphqlError) };
}

describe('translating driver errors', () => {
  it.each([
    ['ServiceUnavailable', 'Could not perform discovery. No routing servers available.'],
    ['SessionExpired', 'No longer possible to write to server at 10.0.0.1:7687'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'Database news is unavailable.'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'Database does not exist. Database name: news.'],
  ])('turns %s into SERVICE_UNAVAILABLE that asks for a retry after 5 s, without the database text', (code, message) => {
    expect(seen(driverError(message, code))).toEqual({
      message: 'The graph database is unavailable; try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      retryAfter: 5,
    });
  });

  it('turns a connection pool that stayed busy into SERVICE_UNAVAILABLE "too busy" that asks for a retry after 2 s', () => {
    const error = driverError('Connection acquisition timed out in 30000 ms. Pool status: Active conn count = 32, Idle conn count = 0.', 'N/A');
    expect(seen(error)).toEqual({
      message: 'The graph database is too busy to answer now; try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      retryAfter: 2,
    });
  });

  it.each([
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  ])('turns %s into TIMEOUT', (code) => {
    expect(seen(driverError('The transaction has been terminated. Retry your operation in a new transaction...', code))).toEqual({
      message: 'The query took too long and was stopped.',
      extensions: { code: 'TIMEOUT' },
      retryAfter: undefined,
    });
  });

  it.each(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.TransactionMemoryLimit'])(
    'turns %s into QUERY_TOO_COMPLEX without the limit in the message',
    (code) => {
      const error = driverError('The allocation of an extra 37.2 MiB would use more than the limit 1.4 GiB. dbms.memory.transaction.total.max threshold reached', code);
      expect(seen(error)).toEqual({
        message: 'The question needs more memory than one request may use; ask for less at once (smaller pages, fewer nested lists).',
        extensions: { code: 'QUERY_TOO_COMPLEX' },
        retryAfter: undefined,
      });
    },
  );

  it('turns a constraint violation into CONFLICT without the node or property in the message', () => {
    const error = driverError("Node(12) already exists with label `Entity` and property `id` = 'person:x'", 'Neo.ClientError.Schema.ConstraintValidationFailed');
    expect(seen(error)).toEqual({
      message: 'The write conflicts with data already in the graph.',
      extensions: { code: 'CONFLICT' },
      retryAfter: undefined,
    });
  });

  it('returns any other driver error unchanged, so the server masks it as an internal error', () => {
    const error = driverError('Invalid input: MATCH (n RETURN n', 'Neo.ClientError.Statement.SyntaxError');
    expect(translateError(error)).toBe(error);
  });

  it('returns errors that are not from the driver unchanged', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const ours = new GraphQLError('first: expected an integer from 1 to 100, got 0', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(translateError(bug)).toBe(bug);
    expect(translateError(ours)).toBe(ours);
    expect(translateError('a string')).toBe('a string');
  });
});
