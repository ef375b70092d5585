import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/graph.js';
import { startFoldedAndUnfolded } from '../support/syntheticBundle.js';
import { ours as mix } from '../../bench/mix/documents.js';
import * as explorer from '../../web/src/explore/queries.js';

/**
 * The compiled statement against the loaders: one server folds each request into one statement
 * (src/graph/plan/), the other reads each root field alone and everything below through the
 * loaders (ServerOptions.foldReads = false). Every document must get the same answer from both,
 * in the same order, and the folded one in one statement.
 */
describe('folded into one statement, answered as the loaders answer', () => {
  const tag = 'fold9x';
  let servers: Awaited<ReturnType<typeof startFoldedAndUnfolded>>;
  let folded: TestServer;
  let unfolded: TestServer;
  beforeAll(async () => {
    servers = await startFoldedAndUnfolded(tag, 12);
    ({ folded, unfolded } = servers);
  });
  afterAll(async () => servers.close());

  const org = `org:${tag}-agency`;
  const around = '... on Organization { members { role other { id name } } locatedIn { other { id } } } ... on Person { organizations { role other { id } } events { other { id } } }';
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ...Object.entries(mix).map(([kind, query]): [string, string, Record<string, unknown>] => [
      `the benchmark's ${kind}`,
      query,
      {
        entityByAlias: { name: `AG ${tag}` },
        figuresByReporter: { reporter: `AG ${tag}` },
        // the tag alone: a word like 'Agency' would also find other test files' entities, written
        // while this file runs, between the folded and the unfolded request
        search: { query: tag },
        path: { from: `Member 0 of ${tag}`, to: `City ${tag}` },
        neighbourhood: { id: org },
        figurePage: { measure: `${tag}.visitors`, after: null },
      }[kind as keyof typeof mix],
    ]),
    ['the explorer entity page', explorer.entityQuery.toString(), { name: org, first: 20 }],
    ['the explorer neighbourhood', explorer.neighbourhoodQuery.toString(), { name: org, twoHops: true }],
    ['the explorer source page', explorer.sourceQuery.toString(), { id: `source:${tag}`, first: 20 }],
    ['the explorer figures', explorer.figuresQuery.toString(), { filter: { reportedBy: org, includeMembers: true }, first: 50 }],
    ["a source's counts of entities and figures", `query ($id: ID!) { node(id: $id) { ... on Source { id entityCount figureCount figures(first: 3) { totalCount } } } }`, { id: `source:${tag}` }],
    ['every source with its counts', `{ sources { id entityCount figureCount } }`, {}],
    ['a source\'s entities with their relations', `query ($id: ID!) { node(id: $id) { ... on Source { entities { id name ${around} } } } }`, { id: `source:${tag}` }],
    [
      "an entity's claims with their subject's and value's relations",
      `query ($n: String!) { entity(name: $n) { claims { property value subject { id ${around} } entity { id ${around} } sources { id } } } }`,
      { n: `person:${tag}-member-0` },
    ],
    [
      'relations of every type, two levels out, next to typed fields',
      `query ($n: String!) { entity(name: $n) { relations { type direction role other { id relations { type other { id } } } } ${around} } }`,
      { n: org },
    ],
    [
      'aliased root fields with nested selections',
      `query ($n: String!, $c: String!) { a: entity(name: $n) { id ${around} } b: entity(name: $c) { id ... on Place { events { other { id } } contains { other { id } } } }
        c: figures(filter: { about: $c }, first: 5) { edges { node { id attribution { reportedBy { id ${around} } } comparable { id } } } } }`,
      { n: org, c: `City ${tag}` },
    ],
    [
      "figures' sources with their entities",
      `query ($m: String!) { figures(filter: { measure: $m }, first: 4) { edges { node { id sources { id entities { id name ${around} } } } } } }`,
      { m: `${tag}.visitors` },
    ],
    [
      "an entity's and its relations' sources with their claims",
      `query ($n: String!) { entity(name: $n) { sources { id claims { id property value preferred subject { id name } entity { id } sources { id title } } }
        relations { type sources { title claims { property value sources { id } } } } } }`,
      { n: org },
    ],
    [
      "the seed article's sources of a reporter, with their claims",
      `{ entity(name: "Kuzminov") { sources { title claims { property value disputed subject { name } sources { title published } } } } }`,
      {},
    ],
    [
      "an entity's claims with what stands behind them: figures' comparisons, reporters' relations, sources' entities",
      `query ($n: String!) { entity(name: $n) { claims { property value reportedBy { id ${around} }
        figure { id corroboratedBy { id } contradictedBy { id } comparisons { verdict figure { id } } }
        attribution { kind reportedBy { name } source { id title } }
        sources { id entities { id name } } } } }`,
      { n: `City ${tag}` },
    ],
    [
      "an entity's claims with their sources' pages of figures",
      `query ($n: String!) { entity(name: $n) { claims(property: "name") { value sources { id figures(first: 2) { totalCount edges { node { id value } } } } } } }`,
      { n: org },
    ],
    [
      "the seed article: a person's claims, each figure's reporter's relations and comparable figures",
      `{ entity(name: "Kuzminov") { claims { property value figure { display comparable { display } }
        reportedBy { name ... on Organization { members { other { name } } } } attributions { kind source { title } } } } }`,
      {},
    ],
    [
      "a source's claims with what is asked of their subjects, values and sources",
      `query ($id: ID!) { node(id: $id) { ... on Source { claims { property value subject { id ${around} } entity { id ${around} }
        sources { id figures(first: 2) { totalCount edges { node { id } } } } attribution { source { id title } } } } } }`,
      { id: `source:${tag}` },
    ],
    [
      "the seed article's sources, their claims' subjects' relations and the sources' entities",
      `{ sources { title claims { property value subject { name relations { type other { name } } } sources { title entities { name } } } } }`,
      {},
    ],
    [
      'the seed article: a reporter, its figures and what they are about',
      `{ entity(name: "Kuzminov") { name ... on Person { organizations { role other { name ... on Organization { members { other { name } } } } } }
        reported(first: 5) { totalCount edges { node { display about { name } sources { title } } } } claims { property value entity { name } } } }`,
      {},
    ],
  ];

  for (const [name, query, variables] of cases) {
    it(`gives the same answer folded and unfolded: ${name}`, async () => {
      const one = await folded.query(query, variables);
      const parts = await unfolded.query(query, variables);
      expect(one.body.errors).toBeUndefined();
      expect(parts.body.errors).toBeUndefined();
      expect(one.body.data).toEqual(parts.body.data);
      // an empty answer on both sides would prove nothing: the tag's own data must be in it
      if (Object.keys(variables).length > 0) expect(JSON.stringify(one.body.data)).toContain(tag);
      expect(one.headers.get('x-db-round-trips')).toBe('1');
    });
  }

  it('reads through the loaders when unfolded (else the comparison above proves nothing)', async () => {
    const { headers } = await unfolded.query(`query ($n: String!) { entity(name: $n) { id ${around} } }`, { n: org });
    expect(Number(headers.get('x-db-round-trips'))).toBeGreaterThan(1);
  });
});
