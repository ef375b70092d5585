import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { Neo4jError } from 'neo4j-driver';
import { translateError } from '../../src/db/translateError.js';
import { serviceUnavailable } from '../../src/errors/serviceUnavailable.js';
import { createLogger } from '../../src/log.js';
import { INTERNAL_MESSAGE, maskError } from '../../src/server/errorMasking.js';
import { loggingPlugin } from '../../src/server/loggingPlugin.js';
import { retryAfterPlugin } from '../../src/server/retryAfterPlugin.js';
import type { GraphContext } from '../../src/resolvers/context.js';

const driverText = "Node(12) already exists with label `Entity` and property `id` = 'person:x' (bolt://10.0.0.1:7687)";
const unavailable = () => translateError(new Neo4jError('Connection refused: bolt://127.0.0.1:7687', 'ServiceUnavailable', '08N01', 'connection'));
const busy = () => translateError(new Neo4jError('Connection acquisition timed out in 30000 ms.', 'N/A', '08N01', 'pool'));

/**
 * A small Apollo Server wired like the real one (same formatError, logging and Retry-After
 * plugins), whose fields fail in the ways the real resolvers can. No database.
 */
async function ask(query: string, debug = false) {
  const fail = (error: () => unknown) => () => {
    throw error();
  };
  const server = new ApolloServer<GraphContext>({
    typeDefs: /* GraphQL */ `
      type Query {
        ok: String
        bug: String
        driver: String
        badInput: String
        unavailable: String
        busy: String
        unavailableWithoutHint: String
      }
    `,
    resolvers: {
      Query: {
        ok: () => 'fine',
        bug: fail(() => new TypeError("Cannot read properties of undefined (reading 'id')")),
        driver: fail(() => new Neo4jError(driverText, 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax')),
        badInput: fail(() => new GraphQLError('first: expected an integer from 1 to 100, got 0', { extensions: { code: 'BAD_USER_INPUT' } })),
        unavailable: fail(unavailable),
        busy: fail(busy),
        unavailableWithoutHint: fail(() => new GraphQLError('down', { extensions: { code: 'SERVICE_UNAVAILABLE' } })),
      },
    },
    includeStacktraceInErrorResponses: debug,
    formatError: (formatted, error) => maskError(formatted, error, debug),
    plugins: [loggingPlugin(), retryAfterPlugin()],
  });
  await server.start();
  try {
    const contextValue = { requestId: 'req-123', executor: { queryCount: 0, transactionCount: 0, finish: () => undefined }, logger: createLogger('silent') } as unknown as GraphContext;
    const response = await server.executeOperation({ query }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { result: response.body.singleResult, headers: response.http.headers, status: response.http.status };
  } finally {
    await server.stop();
  }
}

describe('error masking', () => {
  it('answers a bug in a resolver with INTERNAL_SERVER_ERROR, a fixed message and the request id, and no stack trace', async () => {
    const { result } = await ask('{ bug }');
    expect(result.errors).toEqual([
      { message: INTERNAL_MESSAGE, locations: [{ line: 1, column: 3 }], path: ['bug'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' } },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|Cannot read|at .*\.(js|ts):\d+/);
  });

  it('answers a driver error it has no code for with INTERNAL_SERVER_ERROR and no database text', async () => {
    const { result } = await ask('{ driver }');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' });
    expect(result.errors?.[0]?.message).toBe('Internal server error. Quote the requestId when reporting it.');
    expect(JSON.stringify(result)).not.toMatch(/Node\(12\)|bolt:|Entity|stacktrace/);
  });

  it('passes an error with a client code through as it is, without a stack trace', async () => {
    const { result } = await ask('{ badInput }');
    expect(result.errors).toEqual([
      { message: 'first: expected an integer from 1 to 100, got 0', locations: [{ line: 1, column: 3 }], path: ['badInput'], extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });

  it('adds the original message as detail only when debugging is turned on', async () => {
    const { result } = await ask('{ bug }', true);
    const extensions = result.errors?.[0]?.extensions ?? {};
    expect(extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', detail: "Cannot read properties of undefined (reading 'id')", requestId: 'req-123' });
  });

  it('masks a GraphQLError whose code is not one clients are meant to see', () => {
    const formatted = { message: 'secret', extensions: { code: 'SOMETHING_INTERNAL', stacktrace: ['at x.js:1:1'] } };
    expect(maskError(formatted, new GraphQLError('secret', { extensions: { code: 'SOMETHING_INTERNAL' } }), false)).toEqual({
      message: INTERNAL_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('words a graphql-armor limit as QUERY_TOO_COMPLEX', () => {
    const formatted = { message: 'Syntax Error: Query depth limit of 12 exceeded, found 13.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(maskError(formatted, new GraphQLError(formatted.message), false)).toEqual({
      message: 'Query too complex: Query depth limit of 12 exceeded, found 13.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });
});

describe('Retry-After', () => {
  it('asks for a retry after 5 s when Neo4j is unreachable', async () => {
    const { result, headers } = await ask('{ ok unavailable }');
    expect(result.data).toEqual({ ok: 'fine', unavailable: null });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(headers.get('retry-after')).toBe('5');
  });

  it('asks for a retry after 2 s when the connection pool stayed busy', async () => {
    expect((await ask('{ busy }')).headers.get('retry-after')).toBe('2');
  });

  it('asks for the longest wait when errors ask for different ones', async () => {
    expect((await ask('{ busy unavailable }')).headers.get('retry-after')).toBe('5');
  });

  it('asks for 5 s for a SERVICE_UNAVAILABLE that names no wait', async () => {
    expect((await ask('{ unavailableWithoutHint }')).headers.get('retry-after')).toBe('5');
    expect(serviceUnavailable('x', 7).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('sends no Retry-After with an answer or with other errors', async () => {
    for (const query of ['{ ok }', '{ badInput }', '{ bug }', '{ nope }']) {
      expect([query, (await ask(query)).headers.get('retry-after')]).toEqual([query, undefined]);
    }
  });

  it('keeps the HTTP status of a SERVICE_UNAVAILABLE response as Apollo chose it', async () => {
    expect((await ask('{ unavailable }')).status).toBeUndefined();
  });
});
