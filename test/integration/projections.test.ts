import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureFilterParams, type FigureFilterInput } from '../../src/graph/figureFilter.js';
import { encodeCursor } from '../../src/graph/pagination.js';
import { startTestServer, type TestServer } from '../support/graph.js';
import { deleteSyntheticCypher, loadSyntheticBundle } from '../support/syntheticBundle.js';

/**
 * Records cut to the fields a document names (src/db/projections.ts), and the figure pages'
 * own statements for a reporter or a measure alone: answers must not change with either.
 */
describe('records cut to the fields asked, and the figure pages by reporter or measure', () => {
  const tag = 'proj7x';
  const org = `org:${tag}-agency`;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await loadSyntheticBundle(server.graph.executor, tag, 7);
  });
  afterAll(async () => {
    await server.graph.driver.executeQuery(deleteSyntheticCypher, { tag });
    await server.close();
  });

  const filters: Array<[string, FigureFilterInput, number, number]> = [
    ['an agency with its members', { reportedBy: `AG ${tag}`, includeMembers: true }, 0, 20],
    ['an agency alone (it reports nothing itself)', { reportedBy: `Agency ${tag}` }, 0, 20],
    ['one member by alias', { reportedBy: `M3 ${tag}` }, 0, 20],
    ['members, a measure, values from 103', { reportedBy: `AG ${tag}`, includeMembers: true, measure: `${tag}.visitors`, valueAtLeast: 103 }, 0, 20],
    ['members, a second page of 3', { reportedBy: `AG ${tag}`, includeMembers: true }, 3, 3],
    ['a name nobody has', { reportedBy: `Nobody ${tag}` }, 0, 20],
    ['a measure', { measure: `${tag}.visitors` }, 0, 20],
    ['a measure, second page of 4', { measure: `${tag}.visitors` }, 4, 4],
    ['a measure, past its end', { measure: `${tag}.visitors` }, 50, 10],
    ['a measure, from April 2021 to June 2021', { measure: `${tag}.visitors`, refersFrom: '2021-04', refersTo: '2021-06' }, 0, 20],
    ['a measure, asserted only (none are)', { measure: `${tag}.visitors`, attribution: ['ASSERTED'] }, 0, 20],
    ['a measure nobody counts', { measure: `${tag}.nothing` }, 0, 20],
  ];
  for (const [label, filter, offset, limit] of filters) {
    it(`reads the general statement's rows for ${label}`, async () => {
      const params = { ...figureFilterParams(filter), offset, limit };
      const own = filter.reportedBy != null ? 'figures/page-by-reporter' : 'figures/page-by-measure';
      const [general, specific] = await Promise.all([server.graph.executor.read('figures/page', params), server.graph.executor.read(own, params)]);
      expect(specific).toEqual(general);
    });
  }

  it("folds a source's claims and entities into a source page's one statement, and answers as their loaders do", async () => {
    const claimFields = 'id property value preferred disputed subject { id name } entity { id } sources { id title }';
    // At the root, the source's page of figures, its entities and its claims are parts of the
    // request's one statement (each in a branch of its own).
    const folded = await server.query(
      `query ($id: ID!) { node(id: $id) { ... on Source { id entities { id name } claims { ${claimFields} }
        figures(first: 5) { totalCount edges { node { id value comparable { id } } } } } } }`,
      { id: `source:${tag}` },
    );
    expect(folded.body.errors).toBeUndefined();
    expect(folded.headers.get('x-db-round-trips')).toBe('1');
    // Below a figure, a source's claims are read by their loader in a statement of their own.
    const loaded = await server.query(
      `query ($id: ID!) { node(id: $id) { ... on Figure { attribution { source { id entities { id name } claims { ${claimFields} } } } } } }`,
      { id: `figure:${tag}-count-0` },
    );
    expect(loaded.body.errors).toBeUndefined();
    expect(Number(loaded.headers.get('x-db-round-trips'))).toBeGreaterThan(1);
    const source = folded.body.data.node;
    expect(source.figures.totalCount).toBe(7);
    // The synthetic source names the agency, its city, seven meetings and seven members, each
    // with a name (and a kind for some): claims by subject name, then property.
    expect(source.entities).toHaveLength(16);
    expect(source.entities[0]).toEqual({ id: org, name: `Agency ${tag}` });
    expect(source.claims.length).toBeGreaterThanOrEqual(16);
    expect(source.claims.filter((claim: any) => claim.subject.id === org).map((claim: any) => [claim.property, claim.value])).toEqual([
      ['kind', 'agency'],
      ['name', `Agency ${tag}`],
    ]);
    expect(loaded.body.data.node.attribution.source).toEqual({ id: source.id, entities: source.entities, claims: source.claims });
  });

  it("folds what a source's entities are asked for (their relations) into the one statement, and answers as each entity's own read", async () => {
    const around =
      '... on Organization { members { role other { id } } locatedIn { other { id } } } ... on Person { organizations { role other { id } } events { other { id } } }';
    const folded = await server.query(`query ($id: ID!) { node(id: $id) { ... on Source { entities { id ${around} } } } }`, { id: `source:${tag}` });
    expect(folded.body.errors).toBeUndefined();
    expect(folded.headers.get('x-db-round-trips')).toBe('1');
    const entities: any[] = folded.body.data.node.entities;
    expect(entities).toHaveLength(16);
    const agency = entities.find((entity) => entity.id === org);
    expect(agency.members.map((member: any) => member.other.id).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `person:${tag}-member-${i}`));
    expect(entities.filter((entity) => entity.organizations?.some((o: any) => o.other.id === org))).toHaveLength(7);
    for (const entity of entities) {
      const alone = await server.query(`query ($id: ID!) { node(id: $id) { id ${around} } }`, { id: entity.id });
      expect(alone.body.data.node).toEqual(entity);
    }
  });

  it('pages the figures of an agency with its members as the general statement does', async () => {
    const { body } = await server.query(
      `query ($org: String!) { figures(filter: { reportedBy: $org, includeMembers: true }, first: 3, after: "${encodeCursor(2)}") {
        totalCount edges { node { id value attribution { reportedBy { id } } } } } }`,
      { org: `AG ${tag}` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.figures.totalCount).toBe(7);
    expect(body.data.figures.edges.map((edge: any) => [edge.node.id, edge.node.value, edge.node.attribution.reportedBy.id])).toEqual([
      [`figure:${tag}-count-3`, 103, `person:${tag}-member-3`],
      [`figure:${tag}-count-4`, 104, `person:${tag}-member-4`],
      [`figure:${tag}-count-5`, 105, `person:${tag}-member-5`],
    ]);
  });

  it('answers a neighbourhood asked for ids and names as the same one asked for every field', async () => {
    const lean = await server.query(`query ($id: ID!) { node(id: $id) { ... on Organization { members { role other { id name } } locatedIn { other { id name } } } } }`, { id: org });
    const full = await server.query(
      `query ($id: ID!) { node(id: $id) { ... on Organization { members { role since until sources { id } other { id name aliases description } }
        locatedIn { role other { id name aliases description ... on Place { kind } } } } } }`,
      { id: org },
    );
    expect(lean.body.errors).toBeUndefined();
    expect(full.body.errors).toBeUndefined();
    const members = full.body.data.node.members;
    expect(members).toHaveLength(7);
    expect(members[2]).toEqual({
      role: 'analyst',
      since: null,
      until: null,
      sources: [{ id: `source:${tag}` }],
      other: { id: `person:${tag}-member-2`, name: `Member 2 of ${tag}`, aliases: [`M2 ${tag}`], description: 'A test member number 2.' },
    });
    expect(lean.body.data.node).toEqual({
      members: members.map((m: any) => ({ role: m.role, other: { id: m.other.id, name: m.other.name } })),
      locatedIn: [{ other: { id: `place:${tag}-city`, name: `City ${tag}` } }],
    });
  });

  it('gives every field a document asks anywhere, when another part of it asks the same entities for less', async () => {
    // The members come first with ids only; the second root field, and a fragment, ask the
    // same people for their descriptions and aliases.
    const both = /* GraphQL */ `
      query ($id: ID!, $name: String!) {
        n: node(id: $id) { ... on Organization { members { other { id } } } }
        e: entity(name: $name) { ...Person }
      }
      fragment Person on Person { id description aliases organizations { role other { id name ... on Organization { members { other { id description } } } } } }`;
    const alone = /* GraphQL */ `
      query ($name: String!) { e: entity(name: $name) { ...Person } }
      fragment Person on Person { id description aliases organizations { role other { id name ... on Organization { members { other { id description } } } } } }`;
    const [together, separate] = await Promise.all([server.query(both, { id: org, name: `M5 ${tag}` }), server.query(alone, { name: `M5 ${tag}` })]);
    expect(together.body.errors).toBeUndefined();
    expect(together.body.data.e).toEqual(separate.body.data.e);
    expect(together.body.data.e.description).toBe('A test member number 5.');
    expect(together.body.data.e.organizations[0].other.members.map((m: any) => m.other.description)).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => `A test member number ${i}.`),
    );
  });
});
