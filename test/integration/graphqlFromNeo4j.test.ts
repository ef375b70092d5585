import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/ingest/loadBundle.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';
import { startTestServer, type TestServer } from '../support/graph.js';

const bundle = {
  format: 'newsgraph.bundle/1',
  source: { id: 'source:test-foundation-harbour', title: 'Test: a harbour reopens' },
  entities: [
    {
      id: 'person:test-foundation-ilse-varga',
      type: 'Person',
      name: 'Ilse Várga',
      aliases: ['I. Varga'],
      description: 'Harbour master in a test article.',
    },
  ],
  relationships: [],
  figures: [],
};

describe('a GraphQL query answered from data written to Neo4j', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const checked = validateBundle(bundle);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    await loadBundle(server.graph.executor, checked.bundle);
  });
  afterAll(async () => {
    await server.graph.driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'person:test-foundation-' OR n.id = 'source:test-foundation-harbour' DETACH DELETE n",
    );
    await server.graph.driver.executeQuery(
      'MATCH (k:NameKey) WHERE NOT (k)-[:NAMES]->() DELETE k',
    );
    await server.close();
  });

  it('finds a person just written to Neo4j by an alias without its diacritics', async () => {
    const { status, body } = await server.query('query Who($n: String!) { entity(name: $n) { id name aliases ... on Person { description } } }', {
      n: 'ilse varga',
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        entity: {
          id: 'person:test-foundation-ilse-varga',
          name: 'Ilse Várga',
          aliases: ['I. Varga'],
          description: 'Harbour master in a test article.',
        },
      },
    });
  });

  it('answers null for a name nobody has', async () => {
    const { body } = await server.query('{ entity(name: "Nobody Atall") { id } }');
    expect(body).toEqual({ data: { entity: null } });
  });
});
