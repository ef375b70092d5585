import neo4j, { type Driver, type Session, type Transaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCypher } from '../../src/db/cypherStatements.js';
import { Executor } from '../../src/db/executor.js';
import { createLogger } from '../../src/log.js';
import { startServer, type RunningServer } from '../../src/server/createServer.js';
import { startTestServer, type TestServer } from '../support/graph.js';

const question = '{ entity(name: "Kuzminov") { id } }';

describe('Retry-After on SERVICE_UNAVAILABLE', () => {
  let live: TestServer;
  let dead: TestServer;
  beforeAll(async () => {
    live = await startTestServer();
    // A real driver aimed at a port where no Neo4j listens: what the server sees when Neo4j is down.
    dead = await startTestServer('bolt://127.0.0.1:1');
  });
  afterAll(async () => {
    await live?.close();
    await dead?.close();
  });

  it('tells the client to retry after 5 s when Neo4j is unreachable, keeping status 200', async () => {
    const { status, body, headers } = await dead.query(question);
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { entity: null },
      errors: [
        {
          message: 'The graph database is unavailable; try again shortly.',
          locations: [{ line: 1, column: 3 }],
          path: ['entity'],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
    expect(headers.get('retry-after')).toBe('5');
  });

  it('sends no Retry-After when the database is not involved, even on a server whose Neo4j is down', async () => {
    const { body, headers } = await dead.query('{ __typename }');
    expect(body).toEqual({ data: { __typename: 'Query' } });
    expect(headers.get('retry-after')).toBeNull();
  });

  it('sends no Retry-After with other errors or with answers', async () => {
    const bad = await live.query('{ figures(first: 0) { totalCount } }');
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.headers.get('retry-after')).toBeNull();
    const good = await live.query(question);
    expect(good.body).toEqual({ data: { entity: { id: 'person:maxim-kuzminov' } } });
    expect(good.headers.get('retry-after')).toBeNull();
  });
});

describe('Retry-After when every connection stays busy', () => {
  let driver: Driver;
  let server: RunningServer;
  let holder: Session;
  let held: Transaction;
  beforeAll(async () => {
    // One connection, a short wait for it: an open transaction elsewhere keeps it busy.
    driver = neo4j.driver(inject('boltUri'), undefined, {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 300,
      maxTransactionRetryTime: 0,
    });
    server = await startServer(
      { executor: new Executor({ driver, statements: loadCypher(), queryTimeoutMs: 10_000 }), logger: createLogger('silent') },
      0,
      '127.0.0.1',
    );
    holder = driver.session();
    held = holder.beginTransaction();
    await held.run('RETURN 1');
  });
  afterAll(async () => {
    await held?.rollback();
    await holder?.close();
    await server?.stop();
    await driver?.close();
  });

  it('answers SERVICE_UNAVAILABLE "too busy" with Retry-After 2 when no connection frees up in time', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: question }),
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(response.status).toBe(200);
    expect(body.errors.map((error) => [error.extensions.code, error.message])).toEqual([
      ['SERVICE_UNAVAILABLE', 'The graph database is too busy to answer now; try again shortly.'],
    ]);
    expect(response.headers.get('retry-after')).toBe('2');
  });
});
