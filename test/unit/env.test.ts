import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.js';

describe('environment', () => {
  it('defaults to the embedded Neo4j on port 7687 and the API on 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toEqual({ kind: 'embedded', dataDir: './data/neo4j', boltPort: 7687, heapMb: 1024, pageCacheMb: 512 });
    expect(config.debugErrors).toBe(false);
  });

  it('uses an external Neo4j, routing URI included, when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' });
    expect(config.neo4j).toEqual({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'pw', database: 'news' });
  });

  it('names every bad variable with what was expected and what came', () => {
    expect(() => loadConfig({ PORT: '-3', EMBEDDED_NEO4J_HEAP_MB: 'lots' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '-3', EMBEDDED_NEO4J_HEAP_MB: 'lots' })).toThrow(
      'PORT: expected an integer port 0..65535, got "-3"; EMBEDDED_NEO4J_HEAP_MB: expected a positive integer, got "lots"',
    );
  });

  it('refuses a user without a password for an external Neo4j', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'neo4j' })).toThrow('NEO4J_USER and NEO4J_PASSWORD');
  });

  it('reads write tokens and refuses short ones', () => {
    expect(loadConfig({ GRAPH_WRITE_TOKENS: 'aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbb' }).writeTokens).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb']);
    expect(loadConfig({}).writeTokens).toEqual([]);
    expect(() => loadConfig({ GRAPH_WRITE_TOKENS: 'secret' })).toThrow('GRAPH_WRITE_TOKENS: expected comma-separated tokens of at least 16 characters');
  });

  it('does not turn on stack traces because NODE_ENV is unset', () => {
    expect(loadConfig({ NODE_ENV: undefined }).debugErrors).toBe(false);
  });
});

describe('rate limit and proxy settings', () => {
  it('does not limit requests or trust any proxy by default', () => {
    const config = loadConfig({});
    expect([config.rateLimit, config.trustProxy]).toEqual([null, false]);
    expect(loadConfig({ RATE_LIMIT_REQUESTS: '0' }).rateLimit).toBeNull();
  });

  it('limits to RATE_LIMIT_REQUESTS per minute, or per RATE_LIMIT_WINDOW_MS', () => {
    expect(loadConfig({ RATE_LIMIT_REQUESTS: '120' }).rateLimit).toEqual({ requests: 120, windowMs: 60_000 });
    expect(loadConfig({ RATE_LIMIT_REQUESTS: '5', RATE_LIMIT_WINDOW_MS: '1000' }).rateLimit).toEqual({ requests: 5, windowMs: 1000 });
  });

  it('names a bad rate limit setting with what was expected and what came', () => {
    expect(() => loadConfig({ RATE_LIMIT_REQUESTS: '-5' })).toThrow('RATE_LIMIT_REQUESTS: expected an integer of 0 or more, got "-5"');
    expect(() => loadConfig({ RATE_LIMIT_WINDOW_MS: '0' })).toThrow('RATE_LIMIT_WINDOW_MS: expected a positive integer, got "0"');
    expect(() => loadConfig({ RATE_LIMIT_WINDOW_MS: '86400001' })).toThrow('RATE_LIMIT_WINDOW_MS: expected at most 86400000 (a day), got "86400001"');
  });

  it('trusts a number of proxy hops, or the proxies named by address, subnet or kind', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback,fd00::/8, 192.168.1.1, 172.16.0.0/255.240.0.0' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'loopback',
      'fd00::/8',
      '192.168.1.1',
      '172.16.0.0/255.240.0.0',
    ]);
  });

  it('refuses TRUST_PROXY=true, which would let any client choose its own address', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow('TRUST_PROXY: expected a number of proxy hops (1 for one load balancer) or the proxies\' addresses, got "true"');
  });

  it.each(['10.0.0.0/33', 'my-balancer', '10.0.0.256', '::1/129'])('refuses TRUST_PROXY=%s naming it', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(`TRUST_PROXY: expected a number of proxy hops (1 for one load balancer) or comma-separated addresses, subnets, loopback, linklocal or uniquelocal, got "${value}"`);
  });
});
