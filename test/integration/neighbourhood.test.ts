import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/graph.js';

/**
 * A two-level neighbourhood is loaded in one round trip that expands only the neighbours'
 * relations the query asks for. These tests hold it to the answers of asking each neighbour on
 * its own, in the seed graph, so loading less can never mean answering less.
 */

// What each neighbour is asked for, one level deep, on its own.
const NEIGHBOUR_FIELDS = /* GraphQL */ `
  __typename id
  ... on Person { organizations { role other { id } } events { other { id } } }
  ... on Organization { members { role other { id } } parts { other { id } } partOf { other { id } } locatedIn { other { id } } }
  ... on Place { locatedIn { other { id } } contains { other { id } } }
  ... on Event { participants { other { id } } place { id } }
`;

type Neighbour = Record<string, unknown> & { id: string };

const byId = (list: Array<{ other: { id: string } }>) => [...list].sort((a, b) => a.other.id.localeCompare(b.other.id));
const normalise = (neighbour: Neighbour): Neighbour =>
  Object.fromEntries(
    Object.entries(neighbour).map(([key, value]) => [key, Array.isArray(value) ? byId(value as Array<{ other: { id: string } }>) : value]),
  ) as Neighbour;

describe('a two-level neighbourhood', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  async function alone(id: string): Promise<Neighbour> {
    const { body } = await server.query(`query ($id: ID!) { node(id: $id) { ${NEIGHBOUR_FIELDS} } }`, { id });
    expect(body.errors).toBeUndefined();
    return normalise(body.data.node);
  }

  async function twoLevels(query: string, id: string): Promise<{ neighbours: Neighbour[]; trips: number }> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { id } }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    const neighbours: Neighbour[] = [];
    for (const value of Object.values(body.data.node as Record<string, unknown>)) {
      if (Array.isArray(value)) neighbours.push(...value.map((relation: { other: Neighbour }) => normalise(relation.other)));
    }
    return { neighbours, trips: Number(response.headers.get('x-db-round-trips')) };
  }

  it("answers GUR's neighbours' relations as each neighbour answers alone, in two round trips", async () => {
    const query = `query ($id: ID!) { node(id: $id) { ... on Organization {
      members { other { ${NEIGHBOUR_FIELDS} } } parts { other { ${NEIGHBOUR_FIELDS} } }
      partOf { other { ${NEIGHBOUR_FIELDS} } } events { other { ${NEIGHBOUR_FIELDS} } } } } }`;
    const { neighbours, trips } = await twoLevels(query, 'org:gur');
    expect(trips).toBeLessThanOrEqual(2);
    expect(neighbours.map((n) => n.id)).toEqual(
      expect.arrayContaining(['org:gur-pow-department', 'org:i-want-to-live-hotline', 'org:government-of-ukraine', 'event:kuzminov-defection']),
    );
    for (const neighbour of neighbours) expect(neighbour).toEqual(await alone(neighbour.id));
    // Second-level answers that must be there: the department's spokesman, the government's
    // seat, everyone in the defection.
    const find = (id: string) => neighbours.find((n) => n.id === id)!;
    expect(find('org:gur-pow-department').members).toEqual(expect.arrayContaining([expect.objectContaining({ other: { id: 'person:vitaliy-matvienko' } })]));
    expect(find('org:government-of-ukraine').locatedIn).toEqual([{ other: { id: 'place:kyiv' } }]);
    expect((find('event:kuzminov-defection').participants as unknown[]).length).toBe(2);
  });

  it('gives a neighbour reached by two fields everything each field asks of it', async () => {
    // Kuzminov is a member of the Russian army and a participant in its events: one field
    // asks his organisations, the other his events.
    const query = `query ($id: ID!) { node(id: $id) { ... on Person {
      organizations { other { id ... on Organization { members { other { id } } } } }
      events { other { id ... on Event { participants { other { id } } place { id } } } } } } }`;
    const { body } = await server.query(query, { id: 'person:maxim-kuzminov' });
    expect(body.errors).toBeUndefined();
    expect(body.data.node.organizations).toEqual([expect.objectContaining({ other: expect.objectContaining({ members: expect.any(Array) }) })]);
    for (const relation of body.data.node.organizations) {
      const own = await server.query('query ($id: ID!) { node(id: $id) { ... on Organization { members { other { id } } } } }', { id: relation.other.id });
      expect(own.body.errors).toBeUndefined();
      expect(byId(relation.other.members)).toEqual(byId(own.body.data.node.members));
    }
    expect(body.data.node.events.length).toBeGreaterThan(0);
    for (const relation of body.data.node.events) {
      const own = await server.query('query ($id: ID!) { node(id: $id) { ... on Event { participants { other { id } } place { id } } } }', { id: relation.other.id });
      expect(own.body.errors).toBeUndefined();
      expect(byId(relation.other.participants)).toEqual(byId(own.body.data.node.participants));
      expect(relation.other.place).toEqual(own.body.data.node.place);
    }
    expect(body.data.node.events.some((relation: any) => relation.other.participants.length > 1)).toBe(true);
  });
});
