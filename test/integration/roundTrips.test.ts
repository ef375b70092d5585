import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/graph.js';
import { deleteSyntheticCypher, loadSyntheticBundle } from '../support/syntheticBundle.js';
import { ours as mix } from '../../bench/mix/documents.js';
import * as explorer from '../../web/src/explore/queries.js';

const sizes = [1, 10, 100];

/**
 * The representative requests; `$tag` picks the data set of one size. The first ones are the
 * benchmark mix (at most 2 round trips each); the rest nest one more kind of data (at most 3).
 */
const mixLimit = 2;
const nestedLimit = 3;
const requests: Record<string, string> = {
  'figures by an organisation with its members': /* GraphQL */ `
    query ($org: String!) { figures(filter: { reportedBy: $org, includeMembers: true }, first: 100) {
      totalCount edges { cursor node { id display qualifier attribution { kind reportedBy { id name } source { title } }
      about { id name } sources { id } } } } }`,
  'an organisation with its members and their organisations': /* GraphQL */ `
    query ($org: String!) { entity(name: $org) { id ... on Organization { members { role other { id name
      ... on Person { organizations { other { id name } } events { other { id } } } } } } } }`,
  'figures an entity is mentioned in, with comparable figures': /* GraphQL */ `
    query ($city: String!) { entity(name: $city) { mentionedIn(first: 100) { totalCount edges { node { id
      attribution { reportedBy { name } } comparable { id } } } } } }`,
  'a page of 50 figures with cursors': /* GraphQL */ `
    query ($city: String!) { figures(filter: { about: $city }, first: 50) { totalCount pageInfo { endCursor hasNextPage }
      edges { cursor node { id display attribution { reportedBy { id } } } } } }`,
  'a timeline of a place': /* GraphQL */ `
    query ($city: ID!) { timeline(entity: $city) { id date place { id name } participants { other { id } } } }`,
  'a search': /* GraphQL */ `
    query ($org: String!) { search(query: $org, first: 50) { score entity { id name aliases } } }`,
  'a path': /* GraphQL */ `
    query ($member: ID!, $city: ID!) { path(from: $member, to: $city) { length steps { relation from { id } to { id } sources { id } } } }`,
};

describe('database round trips per request', () => {
  let server: TestServer;
  const tags = sizes.map((size) => `rt${size}x`);
  beforeAll(async () => {
    server = await startTestServer();
    for (const [index, size] of sizes.entries()) {
      await loadSyntheticBundle(server.graph.executor, tags[index]!, size);
    }
  });
  afterAll(async () => {
    for (const tag of tags) await server.graph.driver.executeQuery(deleteSyntheticCypher, { tag });
    await server.close();
  });

  async function roundTrips(
    query: string,
    tag: string,
    variables?: Record<string, unknown>,
  ): Promise<{ trips: number; transactions: number; autoCommit: number; body: any }> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query,
        variables: variables ?? { org: `org:${tag}-agency`, city: `place:${tag}-city`, member: `person:${tag}-member-0` },
      }),
    });
    const body = await response.json();
    return {
      trips: Number(response.headers.get('x-db-round-trips')),
      transactions: Number(response.headers.get('x-db-transactions')),
      autoCommit: Number(response.headers.get('x-db-auto-commit')),
      body,
    };
  }

  // The benchmark's documents with this data set's names: each is one statement, whatever the size.
  const mixVariables = (tag: string): Record<keyof typeof mix, Record<string, unknown>> => ({
    entityByAlias: { name: `AG ${tag}` },
    figuresByReporter: { reporter: `AG ${tag}` },
    search: { query: `Agency ${tag}` },
    path: { from: `Member 0 of ${tag}`, to: `City ${tag}` },
    neighbourhood: { id: `org:${tag}-agency` },
    figurePage: { measure: `${tag}.visitors`, after: null },
  });
  for (const kind of Object.keys(mix) as Array<keyof typeof mix>) {
    it(`answers the benchmark's ${kind} in one statement and one transaction at every size`, async () => {
      for (const tag of tags) {
        const { trips, transactions, autoCommit, body } = await roundTrips(mix[kind], tag, mixVariables(tag)[kind]);
        expect(body.errors).toBeUndefined();
        expect(JSON.stringify(body.data)).not.toBe('{}');
        // Every field of the mix is answered by the compiled statement: it goes without BEGIN and COMMIT.
        expect({ trips, transactions, autoCommit }).toEqual({ trips: 1, transactions: 1, autoCommit: 1 });
      }
    });
  }

  // Statements per view: 1, the whole selection compiled into the request's statement (a
  // source page's claims and entities too, as parts of it).
  it('answers each explorer view in one transaction, and in one statement where it compiles', async () => {
    const tag = tags[2]!;
    // The last number: whether the view's one statement goes without BEGIN and COMMIT (every
    // field it names is answered by the compiled statement; claims, a source's entities and
    // comparisons may read through loaders of their own, so those views share a transaction).
    const views: Array<[string, { toString(): string }, Record<string, unknown>, number, number]> = [
      ['search', explorer.searchQuery, { query: `Agency ${tag}`, first: 10 }, 1, 1],
      ['entity page', explorer.entityQuery, { name: `org:${tag}-agency`, first: 20 }, 1, 0],
      ['neighbourhood', explorer.neighbourhoodQuery, { name: `org:${tag}-agency`, twoHops: true }, 1, 1],
      // One hop: the neighbours' relations are left out by @include, and not read after all.
      ['neighbourhood, one hop', explorer.neighbourhoodQuery, { name: `org:${tag}-agency`, twoHops: false }, 1, 1],
      ['figures', explorer.figuresQuery, { filter: { reportedBy: `org:${tag}-agency`, includeMembers: true }, first: 50 }, 1, 0],
      ['path', explorer.pathQuery, { from: `person:${tag}-member-0`, to: `place:${tag}-city` }, 1, 1],
      ['sources', explorer.sourceListQuery, {}, 1, 1],
      ['source page', explorer.sourceQuery, { id: `source:${tag}`, first: 20 }, 1, 0],
      ['disagreements', explorer.disagreementsQuery, { first: 20 }, 1, 0],
    ];
    for (const [view, query, variables, statements, alone] of views) {
      const { trips, transactions, autoCommit, body } = await roundTrips(query.toString(), tag, variables);
      expect(body.errors, view).toBeUndefined();
      expect({ view, trips, transactions, autoCommit }).toEqual({ view, trips: statements, transactions: 1, autoCommit: alone });
    }
  });

  // Documents of other shapes than the mix and the explorer: several root fields, aliases,
  // fragments, nesting three levels down. Each is one statement, and answers as its parts do.
  const shapes: Record<string, string> = {
    'several root fields with aliases': /* GraphQL */ `
      query ($org: String!, $cityName: String!, $city: ID!, $member: ID!) {
        agency: entity(name: $org) { id name }
        city: entity(name: $cityName) { id ... on Place { events { other { id } } } }
        hits: search(query: $org, first: 3) { entity { id } }
        page: figures(filter: { about: $cityName }, first: 5) { totalCount edges { node { id } } }
        route: path(from: $member, to: $city) { length }
        events: timeline(entity: $city) { id }
      }`,
    'the same field twice under different aliases and windows': /* GraphQL */ `
      query ($org: String!) { entity(name: $org) { id
        first: reported(first: 2) { edges { cursor node { id } } }
        later: reported(first: 2, after: "YzE6MQ") { edges { cursor node { id } } }
        ... on Organization { staff: members { other { id } } } } }`,
    'nesting three levels through figures, reporters and their organisations': /* GraphQL */ `
      query ($city: String!) { entity(name: $city) { mentionedIn(first: 10) { edges { node { id
        attribution { reportedBy { id ... on Person { organizations { role other { id name
          ... on Organization { members { other { id } } locatedIn { other { id } } } } } } } }
        about { id sources { id } } } } } } }`,
    'a node by id with a fragment spread': /* GraphQL */ `
      query ($org: ID!) { node(id: $org) { ...Around } }
      fragment Around on Organization { id members { role other { id ... on Person { events { other { id } } } } } sources { id } }`,
  };
  const shapeVariables = (tag: string) => ({ org: `org:${tag}-agency`, city: `place:${tag}-city`, cityName: `City ${tag}`, member: `person:${tag}-member-0` });
  for (const [name, query] of Object.entries(shapes)) {
    it(`answers in one statement whatever the shape: ${name}`, async () => {
      for (const tag of tags) {
        const { trips, transactions, autoCommit, body } = await roundTrips(query, tag, shapeVariables(tag));
        expect(body.errors).toBeUndefined();
        expect({ trips, transactions, autoCommit }).toEqual({ trips: 1, transactions: 1, autoCommit: 1 });
      }
    });
  }

  it("folds a claim's subject and a source's entities with what is asked of them, answering as the entity itself does", async () => {
    const tag = tags[0]!;
    const around = 'members { role other { id } } locatedIn { other { id } }';
    const claims = await roundTrips(
      `query ($org: String!) { entity(name: $org) { claims { property subject { id ... on Organization { ${around} } } } } }`,
      tag,
      { org: `org:${tag}-agency` },
    );
    const entities = await roundTrips(
      `query ($id: ID!) { node(id: $id) { ... on Source { entities { id ... on Organization { ${around} } } } } }`,
      tag,
      { id: `source:${tag}` },
    );
    const alone = await roundTrips(`query ($id: ID!) { node(id: $id) { id ... on Organization { ${around} } } }`, tag, { id: `org:${tag}-agency` });
    for (const { trips, transactions, body } of [claims, entities, alone]) {
      expect(body.errors).toBeUndefined();
      expect({ trips, transactions }).toEqual({ trips: 1, transactions: 1 });
    }
    const agency = alone.body.data.node;
    expect(agency.members.length).toBeGreaterThan(0);
    expect(claims.body.data.entity.claims.length).toBeGreaterThan(0);
    for (const claim of claims.body.data.entity.claims) expect(claim.subject).toEqual(agency);
    expect(entities.body.data.node.entities.find((entity: { id: string }) => entity.id === agency.id)).toEqual(agency);
    // A member's role claims name the agency: what is asked of it comes in the same statement.
    const roles = await roundTrips(
      `query ($member: String!) { entity(name: $member) { claims(property: "role") { value entity { id ... on Organization { ${around} } } } } }`,
      tag,
      { member: `person:${tag}-member-0` },
    );
    expect(roles.body.errors).toBeUndefined();
    expect({ trips: roles.trips, transactions: roles.transactions }).toEqual({ trips: 1, transactions: 1 });
    const named = roles.body.data.entity.claims.filter((claim: { entity: { id: string } | null }) => claim.entity?.id === agency.id);
    expect(named.length).toBeGreaterThan(0);
    for (const claim of named) expect(claim.entity).toEqual(agency);
  });

  it('answers 25 aliased root fields with nested relations in one transaction, each as it answers alone', async () => {
    const tag = tags[1]!;
    const field = (alias: string) => `${alias}: entity(name: $org) { id relations { other { id relations { other { id } } } } reported(first: 3) { totalCount } }`;
    const many = `query ($org: String!) { ${Array.from({ length: 25 }, (_, i) => field(`a${i}`)).join(' ')} }`;
    const { transactions, body } = await roundTrips(many, tag, { org: `org:${tag}-agency` });
    expect(body.errors).toBeUndefined();
    expect(transactions).toBe(1);
    const { body: alone } = await roundTrips(`query ($org: String!) { ${field('a0')} }`, tag, { org: `org:${tag}-agency` });
    for (let i = 0; i < 25; i++) expect(body.data[`a${i}`]).toEqual(alone.data.a0);
    expect(alone.data.a0.relations.length).toBeGreaterThan(0);
  });

  it('keeps a compiled document per values of the variables used below its root field, and answers each as a fresh document does', async () => {
    // The server keeps a document's plan and statement text between requests: the root field's
    // own variable (the name) may change freely; a page size or an @include below it must not
    // reuse what was compiled for other values.
    const query = /* GraphQL */ `
      query ($org: String!, $n: Int!, $withMembers: Boolean!) {
        entity(name: $org) { id reported(first: $n) { totalCount edges { node { id } } }
          ... on Organization { members @include(if: $withMembers) { role other { id } } } } }`;
    const asks = [
      { org: `org:${tags[1]}-agency`, n: 2, withMembers: false },
      { org: `org:${tags[1]}-agency`, n: 5, withMembers: true },
      { org: `org:${tags[2]}-agency`, n: 2, withMembers: false },
      { org: `org:${tags[2]}-agency`, n: 7, withMembers: true },
      { org: `org:${tags[1]}-agency`, n: 2, withMembers: false },
    ];
    for (const [index, variables] of asks.entries()) {
      const kept = await roundTrips(query, tags[1]!, variables);
      // Another text is another parsed document: nothing kept from the requests before.
      const fresh = await roundTrips(`${query}\n# ${index}`, tags[1]!, variables);
      expect(kept.body.errors).toBeUndefined();
      expect(kept.body).toEqual(fresh.body);
      expect({ trips: kept.trips, transactions: kept.transactions }).toEqual({ trips: 1, transactions: 1 });
      const entity = kept.body.data.entity;
      expect(entity.reported.edges).toHaveLength(Math.min(variables.n, entity.reported.totalCount));
      expect('members' in entity).toBe(variables.withMembers);
      if (variables.withMembers) expect(entity.members.length).toBeGreaterThan(0);
    }
  });

  it('gives the same answers folded into one statement as asked one root field at a time', async () => {
    const tag = tags[1]!;
    const { body: folded } = await roundTrips(shapes['several root fields with aliases']!, tag, shapeVariables(tag));
    // One root field on its own, with only the variables it uses (graphql-js refuses unused ones).
    const alone = async (field: string) => {
      const variables = shapeVariables(tag);
      const types: Record<string, string> = { org: 'String!', cityName: 'String!', city: 'ID!', member: 'ID!' };
      const used = Object.keys(types).filter((name) => new RegExp(`\\$${name}\\b`).test(field));
      const declarations = used.map((name) => `$${name}: ${types[name]}`).join(', ');
      const { body } = await roundTrips(`query (${declarations}) { ${field} }`, tag, Object.fromEntries(used.map((name) => [name, variables[name as keyof typeof variables]])));
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    expect(folded.data.agency).toEqual((await alone('agency: entity(name: $org) { id name }')).agency);
    expect(folded.data.city).toEqual((await alone('city: entity(name: $cityName) { id ... on Place { events { other { id } } } }')).city);
    expect(folded.data.page).toEqual((await alone('page: figures(filter: { about: $cityName }, first: 5) { totalCount edges { node { id } } }')).page);
    expect(folded.data.events).toEqual((await alone('events: timeline(entity: $city) { id }')).events);
    expect(folded.data.route).toEqual((await alone('route: path(from: $member, to: $city) { length }')).route);
    expect(folded.data.city.events.length).toBeGreaterThan(0);
    expect(folded.data.page.totalCount).toBeGreaterThan(0);
  });

  const nested = new Set(['figures an entity is mentioned in, with comparable figures', 'a timeline of a place']);
  for (const [name, query] of Object.entries(requests)) {
    it(`does not grow with the result size: ${name}`, async () => {
      const counts: number[] = [];
      for (const tag of tags) {
        const { trips, transactions, body } = await roundTrips(query, tag);
        expect(body.errors).toBeUndefined();
        // One transaction, whether the statement went alone (auto-commit) or with others.
        expect(transactions).toBe(1);
        counts.push(trips);
      }
      expect(counts[1]).toBe(counts[0]);
      expect(counts[2]).toBe(counts[0]);
      expect(counts[0]).toBeLessThanOrEqual(nested.has(name) ? nestedLimit : mixLimit);
    });
  }

  it('returns all 100 members figures in one page for the largest set', async () => {
    const { body } = await roundTrips(requests['figures by an organisation with its members']!, 'rt100x');
    expect(body.data.figures.totalCount).toBe(100);
    expect(body.data.figures.edges).toHaveLength(100);
  });
});
