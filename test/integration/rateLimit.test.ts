import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from '../support/graph.js';

const question = '{ entity(name: "Poltava") { id } }';
const answer = { data: { entity: { id: 'place:poltava' } } };

describe('per-client rate limit', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  async function serve(options: TestServerOptions = {}): Promise<TestServer> {
    const server = await startTestServer(undefined, options);
    servers.push(server);
    return server;
  }

  it('answers the fourth request of a minute with 429 RATE_LIMITED, Retry-After and RateLimit headers when the limit is 3', async () => {
    const server = await serve({ rateLimit: { requests: 3, windowMs: 60_000 } });
    const remaining: Array<string | null> = [];
    for (let i = 0; i < 3; i += 1) {
      const { status, body, headers } = await server.query(question);
      expect(status).toBe(200);
      expect(body).toEqual(answer);
      remaining.push(headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const over = await server.query(question);
    expect(over.status).toBe(429);
    expect(over.headers.get('content-type')).toMatch(/^application\/json/);
    expect(over.body).toEqual({
      errors: [
        {
          message: 'Too many requests: at most 3 per 60 s from one client. Retry after the number of seconds in the Retry-After header.',
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(over.headers.get('ratelimit-limit')).toBe('3');
    expect(over.headers.get('ratelimit-remaining')).toBe('0');
    expect(over.headers.get('ratelimit-policy')).toBe('3;w=60');
    expect(Number(over.headers.get('ratelimit-reset'))).toBe(retryAfter);
  });

  it('never limits /healthz, /readyz or the pages, and does not count them', async () => {
    const server = await serve({ rateLimit: { requests: 1, windowMs: 60_000 } });
    for (let i = 0; i < 3; i += 1) {
      for (const path of ['/healthz', '/readyz', '/explore', '/graphiql']) {
        const response = await fetch(`${server.url}${path}`);
        expect([path, response.status, response.headers.get('ratelimit-limit')]).toEqual([path, 200, null]);
        await response.arrayBuffer();
      }
    }
    expect((await server.query(question)).status).toBe(200);
    expect((await server.query(question)).status).toBe(429);
  });

  it('never limits with the default settings', async () => {
    const server = await serve();
    for (let i = 0; i < 30; i += 1) {
      const { status, body, headers } = await server.query(question);
      expect([status, body, headers.get('ratelimit-limit'), headers.get('retry-after')]).toEqual([200, answer, null, null]);
    }
  });

  it('counts each client behind one trusted proxy apart, by X-Forwarded-For', async () => {
    const server = await serve({ rateLimit: { requests: 1, windowMs: 60_000 }, trustProxy: 1 });
    const from = (address: string) => server.query(question, undefined, { 'x-forwarded-for': address });
    expect((await from('203.0.113.1')).status).toBe(200);
    expect((await from('203.0.113.1')).status).toBe(429);
    expect((await from('203.0.113.2')).status).toBe(200);
  });

  it('ignores X-Forwarded-For without TRUST_PROXY, so a client cannot slip the limit by inventing addresses', async () => {
    const server = await serve({ rateLimit: { requests: 1, windowMs: 60_000 } });
    const from = (address: string) => server.query(question, undefined, { 'x-forwarded-for': address });
    expect((await from('203.0.113.1')).status).toBe(200);
    expect((await from('203.0.113.2')).status).toBe(429);
  });
});
