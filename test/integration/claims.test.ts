import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4jDriver, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embeddedNeo4j.js';
import { loadCypher } from '../../src/db/cypherStatements.js';
import { Executor } from '../../src/db/executor.js';
import { retractSource } from '../../src/graph/retractSource.js';
import { countUncountedSources } from '../../src/graph/sourceCounts.js';
import { setupSchema } from '../../src/graph/setupSchema.js';
import type { Bundle } from '../../src/ingest/bundleSchema.js';
import { loadBundle } from '../../src/ingest/loadBundle.js';
import { bundleFiles, readJson } from '../../src/ingest/readBundles.js';
import { seedDir } from '../../src/ingest/seed.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';
import { startTestServer, TEST_WRITE_TOKEN, type TestServer } from '../support/graph.js';
import { disagreementsQuery } from '../../web/src/explore/queries.js';

/**
 * Many reports of one story, on a Neo4j of this file's own: the questions here are about the
 * whole graph (every disagreement, every source), so no other test file's data may be in it.
 */

const bundles = new Map<string, Bundle>(
  bundleFiles(seedDir()).map((file) => {
    const json = readJson(file);
    if (!json.ok) throw new Error(json.message);
    const checked = validateBundle(json.value);
    if (!checked.ok) throw new Error(`${file}: ${JSON.stringify(checked.problems)}`);
    return [checked.bundle.source.id, checked.bundle];
  }),
);
const GUARDIAN = 'source:guardian-hotline-first-months';
const SEED = 'source:express-hotline-defections';

/** Every node and relationship with all its properties, as sorted lines. */
const dumpCypher = `
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props,
  COLLECT { MATCH (n)-[r]->(m) RETURN [type(r), coalesce(m.id, m.key), properties(r)] AS rel } AS out`;

function stable(value: unknown): unknown {
  if (neo4jDriver.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(stable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, stable((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** The GraphQL input spells entity types as enum values. */
function asInput(bundle: Bundle) {
  return { ...bundle, entities: bundle.entities.map((entity) => ({ ...entity, type: entity.type.toUpperCase() })) };
}

/** A report we wrote for this test: it contradicts the others on a date, a place and a figure. */
const contrary: Bundle = {
  format: 'newsgraph.bundle/1',
  source: { id: 'source:test-contrary-report', title: 'A test report that disagrees', publisher: 'The Test Courier', published: '2024-02-01' },
  entities: [
    { id: 'event:hotline-launch', type: 'Event', kind: 'LAUNCH', name: 'I Want to Live hotline launch', aliases: [], date: '2022-09-18' },
    { id: 'event:kuzminov-landing-poltava', type: 'Event', kind: 'LANDING', name: 'Kuzminov lands in Poltava', aliases: [], place: 'place:kharkiv-oblast' },
    { id: 'place:kharkiv-oblast', type: 'Place', kind: 'region', name: 'Kharkiv region', aliases: ['Kharkiv Oblast'] },
    { id: 'place:ukraine', type: 'Place', kind: 'country', name: 'Ukraine', aliases: [] },
    // Other ids and spellings for entities the graph already has.
    { id: 'person:maksym-kuzminov', type: 'Person', name: 'Maksym Kuzminov', aliases: [] },
    { id: 'org:the-financial-times', type: 'Organization', name: 'The Financial Times', aliases: [] },
    { id: 'org:i-want-to-live-hotline', type: 'Organization', name: 'I Want to Live hotline', aliases: [] },
  ],
  relationships: [
    { from: 'place:kharkiv-oblast', type: 'LOCATED_IN', to: 'place:ukraine' },
    { from: 'person:maksym-kuzminov', type: 'PARTICIPATED_IN', to: 'event:kuzminov-landing-poltava', role: 'pilot' },
  ],
  figures: [
    {
      id: 'figure:test-contrary-calls',
      value: 5000,
      qualifier: 'ABOUT',
      counts: 'Calls the hotline received in all',
      measure: 'hotline.calls.total',
      unit: 'calls',
      statement: 'The test report puts the calls at roughly 5,000, citing the Financial Times.',
      about: ['org:i-want-to-live-hotline'],
      attribution: { kind: 'SAID', reporterLabel: 'hotline staff', via: 'org:the-financial-times' },
    },
    {
      // An id the seed already uses: stored under another id, the seed's figure untouched.
      id: 'figure:hotline-operators',
      value: 12,
      qualifier: 'EXACT',
      counts: 'Operators answering the hotline',
      measure: 'hotline.operators',
      unit: 'operators',
      statement: 'The test report counts twelve operators on the line.',
      about: ['org:i-want-to-live-hotline'],
      attribution: { kind: 'ASSERTED' },
    },
  ],
};

describe('many reports of one story (own Neo4j)', () => {
  let neo4j: EmbeddedNeo4j;
  let dataDir: string;
  let driver: Driver;
  let executor: Executor;
  let server: TestServer;
  const auth = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-claims-'));
    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, heapMb: 384, pageCacheMb: 64 });
    driver = createDriver({ uri: neo4j.boltUri });
    const statements = loadCypher();
    executor = new Executor({ driver, statements });
    await setupSchema(executor, statements.keys());
    server = await startTestServer(neo4j.boltUri);
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function wipe() {
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  }
  async function load(ids: string[]) {
    for (const id of ids) await loadBundle(executor, bundles.get(id)!);
  }
  async function dump(): Promise<string[]> {
    const { records } = await driver.executeQuery(dumpCypher);
    return records
      .map((record) => {
        const row = stable(record.toObject()) as { out: unknown[] };
        row.out = row.out.map((rel) => JSON.stringify(rel)).sort();
        return JSON.stringify(row);
      })
      .sort();
  }
  const data = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await server.query(query, variables, auth);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  it('builds the same graph whatever order the four reports arrive in', async () => {
    const ids = [...bundles.keys()].sort();
    expect(ids).toHaveLength(4);
    const dumps: string[][] = [];
    for (const order of [ids, [...ids].reverse(), [ids[2]!, ids[0]!, ids[3]!, ids[1]!]]) {
      await wipe();
      await load(order);
      dumps.push(await dump());
    }
    expect(dumps[0]!.length).toBeGreaterThan(500);
    expect(dumps[1]).toEqual(dumps[0]);
    expect(dumps[2]).toEqual(dumps[0]);
  });

  it('keeps every source\'s date of the launch, and shows the most precise one', async () => {
    const d = await data(`{ entity(name: "event:hotline-launch") { ... on Event { date } claims(property: "date") { value preferred disputed sources { id } } } }`);
    expect(d.entity.date).toBe('2022-09-15');
    expect(d.entity.claims).toEqual([
      { value: '2022-09-15', preferred: true, disputed: false, sources: [{ id: GUARDIAN }] },
      { value: '2022-09', preferred: false, disputed: false, sources: [{ id: 'source:ukrainska-pravda-hotline-220-via-ft' }, { id: SEED }] },
    ]);
  });

  it('shows the seed\'s pounds and Meduza\'s dollars side by side as not comparable', async () => {
    const d = await data(`{ node(id: "figure:defector-reward-pot-max") { ... on Figure { display comparisons { figure { id currency } verdict } } } }`);
    expect(d.node.comparisons).toEqual([{ figure: { id: 'figure:meduza-kuzminov-reward-usd', currency: 'USD' }, verdict: 'NOT_COMPARABLE' }]);
  });

  it('lets the seed\'s "more than 220" and the relayed FT figure corroborate each other', async () => {
    const d = await data(`{ node(id: "figure:hotline-defections-more-than-220") { ... on Figure { corroboratedBy { id } contradictedBy { id } } } }`);
    expect(d.node.corroboratedBy.map((f: { id: string }) => f.id).sort()).toEqual([
      'figure:hotline-defections-hundreds',
      'figure:ukrainska-pravda-hotline-surrenders-more-than-220-2023-12',
    ]);
    expect(d.node.contradictedBy).toEqual([]);
  });

  it('finds no disagreement among the four reports: a day within a month and a city within its country agree', async () => {
    const d = await data(`{ disagreements { totalCount } }`);
    expect(d.disagreements.totalCount).toBe(0);
  });

  it('lists the sources newest first and by publisher with or without "The"', async () => {
    const d = await data(`{ all: sources { id published } guardian: sources(publisher: "guardian") { publisher } }`);
    expect(d.all).toEqual([
      { id: 'source:ukrainska-pravda-hotline-220-via-ft', published: '2024-01-04' },
      { id: 'source:meduza-kuzminov-reward', published: '2023-09-05' },
      { id: GUARDIAN, published: '2023-01' },
      { id: SEED, published: null },
    ]);
    expect(d.guardian).toEqual([{ publisher: 'The Guardian' }]);
  });

  it("counts each source's entities and figures without listing them, in the list's one statement", async () => {
    const { body, headers } = await server.query(`{ sources { id entityCount figureCount } }`);
    expect(body.errors).toBeUndefined();
    expect(headers.get('x-db-round-trips')).toBe('1');
    const listed = await data(`{ sources { id entities { id } figures(first: 1) { totalCount } } }`);
    // The same numbers as the lists they count.
    expect(body.data.sources).toEqual(
      listed.sources.map((s: any) => ({ id: s.id, entityCount: s.entities.length, figureCount: s.figures.totalCount })),
    );
    // Each bundle's own numbers of entities and figures (an entity several reports name counts in each).
    expect(body.data.sources).toEqual([
      { id: 'source:ukrainska-pravda-hotline-220-via-ft', entityCount: 16, figureCount: 6 },
      { id: 'source:meduza-kuzminov-reward', entityCount: 16, figureCount: 2 },
      { id: GUARDIAN, entityCount: 11, figureCount: 8 },
      { id: SEED, entityCount: 29, figureCount: 18 },
    ]);
    // Asked of sources met deeper (the figures' sources, an entity's), they are the sources' stored
    // counts, in the same one statement.
    const nested = await server.query(
      `{ figures(filter: { source: "${GUARDIAN}" }, first: 3) { edges { node { sources { id entityCount figureCount } } } } ` +
        `entity(name: "Kuzminov") { sources { id entityCount } } }`,
    );
    expect(nested.body.data.figures.edges.map((e: any) => e.node.sources)).toEqual(
      Array.from({ length: 3 }, () => [{ id: GUARDIAN, entityCount: 11, figureCount: 8 }]),
    );
    expect(nested.body.data.entity.sources).toEqual(
      expect.arrayContaining([{ id: SEED, entityCount: 29 }, { id: 'source:meduza-kuzminov-reward', entityCount: 16 }]),
    );
    expect(nested.headers.get('x-db-round-trips')).toBe('1');
  });

  it('counts at start-up the sources of a store written before the counts were kept', async () => {
    await driver.executeQuery('MATCH (s:Source {id: $id}) REMOVE s.entityCount, s.figureCount', { id: GUARDIAN });
    expect(await countUncountedSources(executor)).toBe(1);
    expect((await data(`{ node(id: "${GUARDIAN}") { ... on Source { entityCount figureCount } } }`)).node).toEqual({ entityCount: 11, figureCount: 8 });
    const { records } = await driver.executeQuery('MATCH (s:Source {id: $id}) RETURN s.entityCount AS e, s.figureCount AS f', { id: GUARDIAN });
    expect([records[0]!.get('e').toNumber(), records[0]!.get('f').toNumber()]).toEqual([11, 8]);
    expect(await countUncountedSources(executor)).toBe(0);
  });

  describe('a report that contradicts the others', () => {
    it('links its other spellings to the entities already there and renames a figure id taken by another source', async () => {
      const { body } = await server.query(
        `mutation ($b: ArticleBundleInput!) { ingestArticle(bundle: $b) { unchanged linked { from to } renamedFigures { from to } } }`,
        { b: asInput(contrary) },
        auth,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.ingestArticle.linked).toEqual([
        { from: 'org:the-financial-times', to: 'org:financial-times' },
        { from: 'person:maksym-kuzminov', to: 'person:maxim-kuzminov' },
      ]);
      expect(body.data.ingestArticle.renamedFigures).toEqual([{ from: 'figure:hotline-operators', to: 'figure:hotline-operators--test-contrary-report' }]);
      const d = await data(`{
        kuzminovs: search(query: "Kuzminov", types: [PERSON]) { entity { id } }
        spelt: entity(name: "Maksym Kuzminov") { id }
        seedOperators: node(id: "figure:hotline-operators") { ... on Figure { value sources { id } } }
        theirs: node(id: "figure:hotline-operators--test-contrary-report") { ... on Figure { value contradictedBy { id } } }
      }`);
      expect(d.kuzminovs.map((hit: any) => hit.entity.id).filter((id: string) => id.includes('kuzminov'))).toEqual(['person:maxim-kuzminov']);
      expect(d.spelt).toEqual({ id: 'person:maxim-kuzminov' });
      expect(d.seedOperators).toEqual({ value: 10, sources: [{ id: SEED }] });
      expect(d.theirs.value).toBe(12);
      expect(d.theirs.contradictedBy.map((f: { id: string }) => f.id).sort()).toEqual(['figure:guardian-hotline-operators', 'figure:hotline-operators']);
    });

    it('lists the launch date, the landing place and the call count as disagreements', async () => {
      const d = await data(`{ disagreements(first: 10) { totalCount edges { node { subject { id } property claims { value disputed preferred sources { id } } } } } }`);
      const found = d.disagreements.edges.map((e: any) => `${e.node.subject.id} ${e.node.property}`);
      expect(found).toEqual([
        'org:i-want-to-live-hotline hotline.calls.total',
        'org:i-want-to-live-hotline hotline.operators',
        'event:hotline-launch date',
        'event:kuzminov-landing-poltava place',
      ]);
      const launch = d.disagreements.edges[2].node;
      expect(launch.claims.map((c: any) => [c.value, c.disputed, c.preferred])).toEqual([
        ['2022-09', false, true],
        ['2022-09-15', true, false],
        ['2022-09-18', true, false],
      ]);
      const landing = d.disagreements.edges[3].node;
      expect(landing.claims.filter((c: any) => c.disputed).map((c: any) => c.value).sort()).toEqual(['Kharkiv region', 'Poltava']);
    });

    it("answers the explorer's disagreements view in one statement, subjects and sources included", async () => {
      const { body, headers } = await server.query(disagreementsQuery.toString(), { first: 20 });
      expect(body.errors).toBeUndefined();
      expect({ trips: headers.get('x-db-round-trips'), transactions: headers.get('x-db-transactions') }).toEqual({ trips: '1', transactions: '1' });
      const landing = body.data.disagreements.edges.find((e: any) => e.node.property === 'place').node;
      expect(landing.subject).toEqual({ id: 'event:kuzminov-landing-poltava', name: expect.any(String), __typename: 'Event' });
      const contrary = landing.claims.find((c: any) => c.value === 'Kharkiv region');
      expect(contrary.sources.map((s: any) => s.id)).toEqual(['source:test-contrary-report']);
      const calls = body.data.disagreements.edges.find((e: any) => e.node.property === 'hotline.calls.total').node;
      expect(calls.claims.map((c: any) => [c.figure === null, c.sources.length > 0])).toEqual(calls.claims.map(() => [false, true]));
      expect(calls.claims.filter((c: any) => c.reportedBy !== null).length).toBeGreaterThan(0);
    });

    it('refuses a disagreements subject no entity is named by, in the same one statement', async () => {
      const { body, headers } = await server.query(`{ disagreements(about: "Nobody by this name at all") { totalCount } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ENTITY' });
      expect(headers.get('x-db-round-trips')).toBe('1');
    });

    it('falls back to the month all sources agree on, and finds the disagreement about one entity', async () => {
      const d = await data(`{
        launch: entity(name: "event:hotline-launch") { ... on Event { date } }
        about: disagreements(about: "Kuzminov lands in Poltava") { totalCount edges { node { property } } }
      }`);
      expect(d.launch.date).toBe('2022-09');
      expect(d.about).toEqual({ totalCount: 1, edges: [{ node: { property: 'place' } }] });
    });

    it('removes only its claims when it is retracted, and the preferred values come back', async () => {
      const before = await dump();
      expect(before.length).toBeGreaterThan(0);
      const { body } = await server.query(`mutation { retractSource(id: "source:test-contrary-report") { figuresDeleted } }`, undefined, auth);
      expect(body.errors).toBeUndefined();
      expect(body.data.retractSource.figuresDeleted).toBe(2);
      const d = await data(`{
        launch: entity(name: "event:hotline-launch") { ... on Event { date } }
        landing: entity(name: "event:kuzminov-landing-poltava") { ... on Event { place { id } } }
        disagreements { totalCount }
      }`);
      expect(d.launch.date).toBe('2022-09-15');
      expect(d.landing.place).toEqual({ id: 'place:poltava' });
      expect(d.disagreements.totalCount).toBe(0);
    });
  });

  it('leaves the graph as if the Guardian had never been loaded when it is retracted', async () => {
    const ids = [...bundles.keys()].sort();
    await wipe();
    await load(ids.filter((id) => id !== GUARDIAN));
    const without = await dump();
    await wipe();
    await load(ids);
    await retractSource(executor, GUARDIAN);
    expect(await dump()).toEqual(without);
  });

  it('suggests two look-alike entities as merge candidates until they are merged', async () => {
    const pair: Bundle = {
      format: 'newsgraph.bundle/1',
      source: { id: 'source:test-lookalikes', title: 'Two spellings of one battalion' },
      entities: [
        { id: 'org:vostok-battalion', type: 'Organization', name: 'Vostok Battalion', aliases: [] },
        { id: 'org:wostok-battalion', type: 'Organization', name: 'Wostok Battalion', aliases: [] },
      ],
      relationships: [],
      figures: [],
    };
    await loadBundle(executor, pair);
    const d = await data(`{ mergeCandidates { keep { id } duplicate { id } reason } }`);
    expect(d.mergeCandidates).toEqual([{ keep: { id: 'org:vostok-battalion' }, duplicate: { id: 'org:wostok-battalion' }, reason: '“Vostok Battalion” and “Wostok Battalion” differ only by transliteration' }]);
    const merged = await server.query(`mutation { mergeEntities(keep: "org:vostok-battalion", duplicate: "org:wostok-battalion") { mergedId } }`, undefined, auth);
    expect(merged.body.errors).toBeUndefined();
    expect((await data(`{ mergeCandidates { keep { id } } }`)).mergeCandidates).toEqual([]);
  });
});
