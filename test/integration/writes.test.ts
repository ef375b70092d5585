import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_WRITE_TOKEN, type TestServer } from '../support/graph.js';
import { deleteSyntheticCypher, syntheticBundle } from '../support/syntheticBundle.js';

const auth = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };
const INGEST = /* GraphQL */ `mutation ($b: ArticleBundleInput!) { ingestArticle(bundle: $b) { source { id } nodesCreated relationshipsCreated unchanged } }`;

/** The GraphQL input form of a synthetic bundle (EntityType enum values). */
function asInput(bundle: ReturnType<typeof syntheticBundle>) {
  return { ...bundle, entities: bundle.entities.map((e) => ({ ...e, type: e.type.toUpperCase() })) };
}

/** Every node with the tag in its id, with labels, properties and relationships: for exact comparisons. */
const dumpCypher = `
MATCH (n) WHERE (n:Entity OR n:Figure OR n:Source) AND n.id CONTAINS $tag
OPTIONAL MATCH (n)-[r]-(m)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
  collect(CASE WHEN r IS NULL THEN null ELSE [type(r), startNode(r) = n, coalesce(m.id, m.key), properties(r)] END) AS rels
ORDER BY id`;

/** Stable JSON: keys sorted, lists of relationships sorted, so two dumps compare as strings. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object' && !('low' in value && 'high' in value)) {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

describe('writes', () => {
  let server: TestServer;
  let closed: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    closed = await startTestServer(undefined, { writeTokens: [] });
  });
  afterAll(async () => {
    for (const tag of ['wauth', 'wingest', 'wbad', 'wmerge', 'wretract', 'wconc']) {
      await server.graph.driver.executeQuery(deleteSyntheticCypher, { tag });
    }
    await server.graph.driver.executeQuery('MATCH (m:MergeRecord) WHERE m.duplicateId CONTAINS $tag DELETE m', { tag: 'wmerge' });
    await server.close();
    await closed.close();
  });

  async function dump(tag: string) {
    const { records } = await server.graph.driver.executeQuery(dumpCypher, { tag });
    return JSON.stringify(
      records.map((r) => {
        const row = canonical(r.toObject()) as { rels: unknown[] };
        return { ...row, rels: row.rels.map((x) => JSON.stringify(x)).sort() };
      }),
    );
  }

  describe('credentials', () => {
    it('refuses a mutation without a token with UNAUTHENTICATED and writes nothing', async () => {
      const { body } = await server.query(INGEST, { b: asInput(syntheticBundle('wauth', 1)) });
      expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NO_TOKEN' });
      expect(body.data).toBeNull();
      expect(await dump('wauth')).toBe('[]');
    });

    it('refuses a wrong token with UNAUTHENTICATED', async () => {
      const { body } = await server.query(INGEST, { b: asInput(syntheticBundle('wauth', 1)) }, { authorization: 'Bearer not-the-token-at-all-000' });
      expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'BAD_TOKEN' });
      expect(await dump('wauth')).toBe('[]');
    });

    it('says writes are off when no tokens are configured', async () => {
      const { body } = await closed.query(INGEST, { b: asInput(syntheticBundle('wauth', 1)) }, auth);
      expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRITES_DISABLED' });
      expect(body.errors[0].message).toContain('GRAPH_WRITE_TOKENS');
    });

    it('lets anyone read without a token', async () => {
      const { body } = await closed.query('{ entity(name: "Poltava") { id } }');
      expect(body).toEqual({ data: { entity: { id: 'place:poltava' } } });
    });
  });

  describe('ingestArticle', () => {
    it('loads a bundle given as typed input, then reports a repeat as unchanged', async () => {
      const input = asInput(syntheticBundle('wingest', 2));
      const first = await server.query(INGEST, { b: input }, auth);
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data.ingestArticle).toMatchObject({ source: { id: 'source:wingest' }, unchanged: false });
      const before = await dump('wingest');
      const second = await server.query(INGEST, { b: input }, auth);
      expect(second.body.data.ingestArticle).toEqual({ source: { id: 'source:wingest' }, nodesCreated: 0, relationshipsCreated: 0, unchanged: true });
      expect(await dump('wingest')).toBe(before);
      const { body } = await server.query('{ entity(name: "M1 wingest") { id } }');
      expect(body.data.entity).toEqual({ id: 'person:wingest-member-1' });
    });

    it('refuses an invalid bundle with every problem by path and writes nothing', async () => {
      const input: any = asInput(syntheticBundle('wbad', 2));
      input.figures[1].about = ['place:nowhere'];
      input.relationships[0].to = 'org:missing';
      input.source.id = 'source:WBAD';
      const { body } = await server.query(INGEST, { b: input }, auth);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].extensions.problems.map((p: { path: string }) => p.path)).toEqual(['source.id']);
      input.source.id = 'source:wbad';
      const again = await server.query(INGEST, { b: input }, auth);
      expect(again.body.errors[0].extensions.problems).toEqual([
        { path: 'relationships[0].to', message: '"org:missing" is not an entity of this bundle' },
        { path: 'figures[1].about[0]', message: '"place:nowhere" is not an entity of this bundle' },
      ]);
      expect(await dump('wbad')).toBe('[]');
    });

    it('keeps exactly one copy when 16 clients ingest the same bundle at once', async () => {
      const input = asInput(syntheticBundle('wconc', 5));
      const results = await Promise.all(Array.from({ length: 16 }, () => server.query(INGEST, { b: input }, auth)));
      for (const { body } of results) expect(body.errors).toBeUndefined();
      const created = results.filter(({ body }) => !body.data.ingestArticle.unchanged);
      expect(created.length).toBeGreaterThanOrEqual(1);
      const { records } = await server.graph.driver.executeQuery(
        `MATCH (n) WHERE n.id CONTAINS 'wconc' WITH n.id AS id, count(*) AS copies RETURN max(copies) AS most, count(id) AS ids`,
      );
      expect(records[0]!.get('most').toNumber()).toBe(1);
      expect(records[0]!.get('ids').toNumber()).toBe(1 + 2 + 5 + 5 + 5);
      const rels = await server.graph.driver.executeQuery(
        `MATCH (a)-[r]->(b) WHERE a.id CONTAINS 'wconc' WITH a, type(r) AS t, b, count(*) AS copies RETURN max(copies) AS most`,
      );
      expect(rels.records[0]!.get('most').toNumber()).toBe(1);
    });
  });

  describe('mergeEntities and unmergeEntity', () => {
    const MERGE = /* GraphQL */ `mutation ($k: ID!, $d: ID!) { mergeEntities(keep: $k, duplicate: $d) { mergedId relationshipsMoved entity { id aliases } } }`;
    const UNMERGE = /* GraphQL */ `mutation ($d: ID!) { unmergeEntity(duplicate: $d) { restored { id name } keep { id } } }`;

    it('folds a duplicate into the entity kept, and undoes it exactly', async () => {
      const ingest = await server.query(INGEST, { b: asInput(syntheticBundle('wmerge', 3)) }, auth);
      expect(ingest.body.errors).toBeUndefined();
      const before = await dump('wmerge');
      // The source's stored counts follow its citations: both members are named in it.
      const counts = async () => {
        const { body } = await server.query(`{ node(id: "source:wmerge") { ... on Source { entityCount figureCount entities { id } } } }`);
        return { count: body.data.node.entityCount, listed: body.data.node.entities.length, figures: body.data.node.figureCount };
      };
      const named = await counts();
      expect(named.count).toBe(named.listed);

      const merged = await server.query(MERGE, { k: 'person:wmerge-member-0', d: 'person:wmerge-member-1' }, auth);
      expect(merged.body.errors).toBeUndefined();
      expect(merged.body.data.mergeEntities.entity).toEqual({
        id: 'person:wmerge-member-0',
        aliases: ['M0 wmerge', 'M1 wmerge', 'Member 1 of wmerge'], // sorted: the same whatever the load order
      });

      // The duplicate's figure, membership and event now hang on the survivor, and its id and names lead there.
      const { body } = await server.query(/* GraphQL */ `{
        old: node(id: "person:wmerge-member-1") { id }
        byName: entity(name: "Member 1 of wmerge") { id }
        kept: entity(name: "person:wmerge-member-0") { reported { totalCount edges { node { id } } } ... on Person { events { other { id } } organizations { other { id } } } }
      }`);
      expect(body.data.old).toEqual({ id: 'person:wmerge-member-0' });
      expect(body.data.byName).toEqual({ id: 'person:wmerge-member-0' });
      expect(body.data.kept.reported.totalCount).toBe(2);
      expect(body.data.kept.events.map((e: any) => e.other.id).sort()).toEqual(['event:wmerge-meeting-0', 'event:wmerge-meeting-1']);
      expect(body.data.kept.organizations).toEqual([{ other: { id: 'org:wmerge-agency' } }]);
      expect(await counts()).toEqual({ count: named.count - 1, listed: named.count - 1, figures: named.figures });

      const undone = await server.query(UNMERGE, { d: 'person:wmerge-member-1' }, auth);
      expect(undone.body.errors).toBeUndefined();
      expect(undone.body.data.unmergeEntity).toEqual({ restored: { id: 'person:wmerge-member-1', name: 'Member 1 of wmerge' }, keep: { id: 'person:wmerge-member-0' } });
      expect(await dump('wmerge')).toBe(before);
      expect(await counts()).toEqual(named);
    });

    it('answers NOT_FOUND for unknown entities and for an id that was never merged', async () => {
      const a = await server.query(MERGE, { k: 'person:nobody-here', d: 'person:nobody-else' }, auth);
      expect(a.body.errors[0].extensions.code).toBe('NOT_FOUND');
      const b = await server.query(UNMERGE, { d: 'person:maxim-kuzminov' }, auth);
      expect(b.body.errors[0].extensions.code).toBe('NOT_FOUND');
      const c = await server.query(MERGE, { k: 'person:x', d: 'person:x' }, auth);
      expect(c.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('retractSource', () => {
    // Only a: member 1 and both meetings (entities), both figures, and member 1's membership, the
    // two PARTICIPATED_IN and the two OCCURRED_IN links (relationships). b restates the rest.
    it('removes what only the source supports and keeps what another source also backs', async () => {
      const a = syntheticBundle('wretract', 2);
      const b = { ...syntheticBundle('wretract', 1), source: { id: 'source:wretract-b', title: 'A second test source' } };
      // b restates the agency, its city, member 0 and member 0's membership, but none of the figures.
      b.figures = [];
      b.entities = b.entities.filter((e) => !e.id.startsWith('event:'));
      b.relationships = b.relationships.filter((r) => r.type !== 'PARTICIPATED_IN');
      for (const bundle of [a, b]) {
        const { body } = await server.query(INGEST, { b: asInput(bundle) }, auth);
        expect(body.errors).toBeUndefined();
      }
      const { body } = await server.query('mutation { retractSource(id: "source:wretract") { sourceId figuresDeleted entitiesDeleted relationshipsDeleted } }', undefined, auth);
      expect(body.errors).toBeUndefined();
      expect(body.data.retractSource).toEqual({ sourceId: 'source:wretract', figuresDeleted: 2, entitiesDeleted: 3, relationshipsDeleted: 5 });

      const after = await server.query(/* GraphQL */ `{
        agency: entity(name: "org:wretract-agency") { sources { id } ... on Organization { members { other { id } sources { id } } } }
        gone: node(id: "person:wretract-member-1") { id }
        event: node(id: "event:wretract-meeting-0") { id }
        figures: figures(filter: { source: "source:wretract" }) { totalCount }
        source: node(id: "source:wretract") { id }
      }`);
      expect(after.body.data).toEqual({
        agency: { sources: [{ id: 'source:wretract-b' }], members: [{ other: { id: 'person:wretract-member-0' }, sources: [{ id: 'source:wretract-b' }] }] },
        gone: null,
        event: null,
        figures: { totalCount: 0 },
        source: null,
      });
    });
  });
});
