import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/graph.js';

describe('health and readiness', () => {
  let server: TestServer;
  let deadServer: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    // A real driver aimed at a port where no Neo4j listens: what the server sees when Neo4j is down.
    deadServer = await startTestServer('bolt://127.0.0.1:1');
  });
  afterAll(async () => {
    await server?.close();
    await deadServer?.close();
  });

  it('answers /healthz with 200 while the process runs', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 when Neo4j answers', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', neo4j: 'up' });
  });

  it('answers /readyz with 503 and a JSON reason when Neo4j does not answer', async () => {
    const response = await fetch(`${deadServer.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'Neo4j does not answer' });
  });

  it('still answers /healthz with 200 when Neo4j is down', async () => {
    expect((await fetch(`${deadServer.url}/healthz`)).status).toBe(200);
  });

  it('fails a query with SERVICE_UNAVAILABLE, not a database message, when Neo4j is down', async () => {
    const started = Date.now();
    const { body } = await deadServer.query('{ entity(name: "Kuzminov") { id } }');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(body.data.entity).toBeNull();
    expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/Neo4j|bolt|ECONNREFUSED|stacktrace|at .*\.js/i);
  });

  it('serves Apollo Sandbox to a browser asking for /graphql', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('embeddable-sandbox');
  });

  it('answers GraphQL over HTTP GET as the spec allows for queries', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ entity(name: "Poltava") { id } }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { entity: { id: 'place:poltava' } } });
  });

  it('rejects a body that is not JSON with 400 and a JSON error, not an HTML stack trace', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/<html|at .*\.js/i);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
