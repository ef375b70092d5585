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
