import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { loadCypher } from '../../src/db/cypherStatements.js';
import { Executor } from '../../src/db/executor.js';
import { createLogger } from '../../src/log.js';
import { startServer, type RunningServer } from '../../src/server/createServer.js';
import { startTestServer, TEST_WRITE_TOKEN, type TestServer } from '../support/graph.js';
import { deleteSyntheticCypher } from '../support/syntheticBundle.js';

const leak = /stacktrace|Neo4j|Cypher|MATCH \(|bolt:|at .*\.(js|ts):\d+/;

describe('limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(undefined, { maxBodyBytes: 20_000 });
  });
  afterAll(async () => server.close());

  async function rejected(query: string) {
    const { status, body } = await server.query(query);
    expect(status).toBeLessThan(500);
    expect(body.data ?? null).toBeNull();
    expect(JSON.stringify(body)).not.toMatch(leak);
    return body.errors[0];
  }

  it('rejects a query nested deeper than 12 levels with QUERY_TOO_COMPLEX', async () => {
    let selection = 'id';
    for (let i = 0; i < 7; i += 1) selection = `relations { other { ${selection} } }`;
    const error = await rejected(`{ entity(name: "GUR") { ${selection} } }`);
    expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/depth limit of 12/);
  });

  it('accepts a real question of moderate depth', async () => {
    const { body } = await server.query('{ entity(name: "GUR") { relations { other { relations { other { id } } } } } }');
    expect(body.errors).toBeUndefined();
  });

  it('rejects more than 30 aliases with QUERY_TOO_COMPLEX', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: entity(name: "GUR") { id }`).join(' ');
    expect((await rejected(`{ ${fields} }`)).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('rejects more than 20 directives with QUERY_TOO_COMPLEX', async () => {
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    expect((await rejected(`{ entity(name: "GUR") { id ${directives} } }`)).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('rejects a query of more than 4000 tokens with QUERY_TOO_COMPLEX', async () => {
    const fields = Array.from({ length: 4100 }, () => 'id').join(' ');
    expect((await rejected(`{ entity(name: "GUR") { ${fields} } }`)).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('rejects a query whose cost is above the limit with QUERY_TOO_COMPLEX', async () => {
    const deep = 'figures(first: 100) { edges { node { about { relations { other { relations { other { id name aliases description } } } } } } } }';
    const fields = Array.from({ length: 25 }, (_, i) => `a${i}: ${deep}`).join(' ');
    const error = await rejected(`{ ${fields} }`);
    expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/Cost limit/i);
  });

  it('refuses a body above the size limit with 413 and a JSON error', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ entity(name: "${'x'.repeat(30_000)}") { id } }` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is larger than the limit of 20000 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  async function post(headers: Record<string, string>, body: string) {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> } };
  }

  it('answers a body that is not JSON with 400 BAD_REQUEST as JSON, and serves the next request', async () => {
    const broken = await post({ 'content-type': 'application/json' }, '{"query": "{ entity(name: \\"GUR\\") { id } }"');
    expect(broken).toEqual({
      status: 400,
      type: 'application/json; charset=utf-8',
      body: { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] },
    });
    const { body } = await server.query('{ entity(name: "GUR") { id } }');
    expect(body.data.entity.id).toMatch(/^org:/);
  });

  it('refuses a JSON body in a charset other than a UTF one with 415', async () => {
    const refused = await post({ 'content-type': 'application/json; charset=latin1' }, JSON.stringify({ query: '{ entity(name: "GUR") { id } }' }));
    expect(refused.status).toBe(415);
    expect(refused.body.errors).toEqual([
      { message: 'The request body must be JSON in a UTF charset, uncompressed or compressed with gzip, deflate or br.', extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it('reads a gzip body as Express did, refuses an unknown compression with 415, and a body that does not inflate with 400', async () => {
    const query = JSON.stringify({ query: '{ entity(name: "GUR") { id } }' });
    const ask = async (encoding: string, body: Buffer) => {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body });
      return { status: response.status, body: (await response.json()) as { data?: { entity: { id: string } }; errors?: Array<{ extensions: { code: string } }> } };
    };
    const gzipped = await ask('gzip', gzipSync(query));
    expect(gzipped.status).toBe(200);
    expect(gzipped.body.data?.entity.id).toMatch(/^org:/);
    expect((await ask('compress', Buffer.from(query))).status).toBe(415);
    const broken = await ask('gzip', Buffer.from(query));
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
    // The limit is on the inflated body: a small gzip that inflates past it is refused.
    const bomb = gzipSync(JSON.stringify({ query: `{ entity(name: "${'x'.repeat(30_000)}") { id } }` }));
    expect(bomb.length).toBeLessThan(20_000);
    expect((await ask('gzip', bomb)).status).toBe(413);
  });

  it('answers a JSON body that is neither an object nor a list with 400 BAD_REQUEST', async () => {
    for (const body of ['1', '"{ entity(name: \\"GUR\\") { id } }"', 'null']) {
      const refused = await post({ 'content-type': 'application/json' }, body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }]);
    }
  });

  it('answers a query sent as text/plain with 400 and no data (no cross-site request gets through)', async () => {
    const refused = await post({ 'content-type': 'text/plain' }, JSON.stringify({ query: '{ entity(name: "GUR") { id } }' }));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).not.toMatch(/"data"/);
  });

  it('reads a JSON body sent with a +json type and an explicit UTF-8 charset', async () => {
    const answered = await post({ 'content-type': 'application/graphql-response+json; charset=UTF-8' }, JSON.stringify({ query: '{ entity(name: "GUR") { name } }' }));
    expect(answered.status).toBe(200);
    expect(answered.body).toEqual({ data: { entity: { name: expect.stringMatching(/Intelligence/) } } });
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ entity(name: "GUR") { id } }' }, { query: '{ entity(name: "GUR") { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a search longer than 200 characters and a name longer than 300 with BAD_USER_INPUT', async () => {
    const a = await server.query('query ($q: String!) { search(query: $q) { score } }', { q: 'a'.repeat(201) });
    expect(a.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const b = await server.query('query ($q: String!) { entity(name: $q) { id } }', { q: 'a'.repeat(301) });
    expect(b.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('stops a database query that runs past the time limit with TIMEOUT', async () => {
    const driver = createDriver({ uri: inject('boltUri') });
    const statements = new Map(loadCypher());
    statements.set('test/slow', 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n');
    const executor = new Executor({ driver, statements, queryTimeoutMs: 200 });
    try {
      await expect(executor.read('test/slow')).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    } finally {
      await driver.close();
    }
  });
});

describe('error masking', () => {
  let broken: RunningServer;
  let driver: ReturnType<typeof createDriver>;
  beforeAll(async () => {
    driver = createDriver({ uri: inject('boltUri') });
    const statements = new Map(loadCypher());
    // A statement with a bug, as a real regression would look: Neo4j rejects it.
    statements.set('entities/resolve-one', 'MATCH (n:Entity WHERE n.id = $nope RETURN n');
    broken = await startServer({ executor: new Executor({ driver, statements }), logger: createLogger('silent') }, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await broken.stop();
    await driver.close();
  });

  it('turns an unexpected database error into INTERNAL_SERVER_ERROR with a request id and nothing else', async () => {
    const response = await fetch(`${broken.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(name: "Kuzminov") { id } }' }),
    });
    const body = await response.json();
    const requestId = response.headers.get('x-request-id');
    expect(body).toEqual({
      data: { entity: null },
      errors: [
        {
          message: 'Internal server error. Quote the requestId when reporting it.',
          locations: [{ line: 1, column: 3 }],
          path: ['entity'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ],
    });
    expect(JSON.stringify(body)).not.toMatch(leak);
  });
});

describe('hostile input is stored and searched as plain text', () => {
  let server: TestServer;
  const hostile = [
    { id: 'person:whostile-cypher', name: "Robert'); MATCH (n) DETACH DELETE n; //" },
    { id: 'person:whostile-html', name: '<script>alert("x")</script> Smith' },
    { id: 'person:whostile-lucene', name: 'Lucy name:foo~ AND bar* OR "baz" [a TO z] \\ /' },
    { id: 'person:whostile-unicode', name: 'Аlice Тest' }, // Cyrillic А and Т that look Latin
    { id: 'person:whostile-long', name: `Zed ${'ж'.repeat(190)}` },
  ];
  beforeAll(async () => {
    server = await startTestServer();
    const bundle = {
      format: 'newsgraph.bundle/1',
      source: { id: 'source:whostile', title: 'Hostile names {{7*7}} ${x} <b>' },
      entities: hostile.map((h) => ({ ...h, type: 'PERSON', aliases: [], description: 'Test of hostile text.' })),
      relationships: [],
      figures: [],
    };
    const { body } = await server.query(
      'mutation ($b: ArticleBundleInput!) { ingestArticle(bundle: $b) { unchanged } }',
      { b: bundle },
      { authorization: `Bearer ${TEST_WRITE_TOKEN}` },
    );
    expect(body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await server.graph.driver.executeQuery(deleteSyntheticCypher, { tag: 'whostile' });
    await server.close();
  });

  it('finds each hostile name exactly as written, and the graph is intact', async () => {
    for (const { id, name } of hostile) {
      const { body } = await server.query('query ($n: String!) { entity(name: $n) { id name } }', { n: name });
      expect(body).toEqual({ data: { entity: { id, name } } });
    }
    const { body } = await server.query('{ entity(name: "Kuzminov") { id } }');
    expect(body.data.entity).toEqual({ id: 'person:maxim-kuzminov' });
  });

  it('searches Lucene syntax and HTML as words, never as an error', async () => {
    for (const query of ['name:foo~ AND bar*', '<script>', '"unterminated', 'a TO z]', '\\', '*', '~', '((((', 'NOT', '&& || !']) {
      const { status, body } = await server.query('query ($q: String!) { search(query: $q) { entity { id } } }', { q: query });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
    const { body } = await server.query('{ search(query: "lucy baz") { entity { id } } }');
    expect(body.data.search[0].entity.id).toBe('person:whostile-lucene');
  });

  it('keeps names over 200 characters out with BAD_USER_INPUT and writes nothing', async () => {
    const bundle = {
      format: 'newsgraph.bundle/1',
      source: { id: 'source:whostile-2', title: 'Too long' },
      entities: [{ id: 'person:whostile-too-long', type: 'PERSON', name: 'x'.repeat(201), aliases: [] }],
    };
    const { body } = await server.query(
      'mutation ($b: ArticleBundleInput!) { ingestArticle(bundle: $b) { unchanged } }',
      { b: bundle },
      { authorization: `Bearer ${TEST_WRITE_TOKEN}` },
    );
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.problems[0].path).toBe('entities[0].name');
    const check = await server.query('{ node(id: "source:whostile-2") { id } }');
    expect(check.body.data.node).toBeNull();
  });
});
