import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_WRITE_TOKEN, type TestServer } from '../support/graph.js';
import { deleteSyntheticCypher } from '../support/syntheticBundle.js';

/** A short report of our own, in the shape of ../shared/sources (front matter, body, a link box). */
const report = `---
title: Hotline draws new callers, test desk says
publisher: Test Draft Desk
published: 2024-03-02
---

Vitaly Matviyenko, who speaks for the GUR department on captured soldiers, told the Financial Times that more than 300 Russian soldiers had surrendered through the hotline.
The line reportedly receives about 40 calls a night.

Read more: Storm closes 12 ferry routes`;

const DRAFT = /* GraphQL */ `
  mutation ($text: String!) {
    draftArticle(text: $text) {
      bundle text
      mentions { text entityId existing }
      figures { figureId start end }
      warnings { code }
    }
  }`;
const auth = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };

describe('draftArticle', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.query(`mutation { retractSource(id: "source:draftdesk-hotline-callers") { sourceId } }`, undefined, auth);
    await server.graph.driver.executeQuery(deleteSyntheticCypher, { tag: 'draftdesk' });
    await server.close();
  });

  const countNodes = async () => (await server.graph.driver.executeQuery('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n').toNumber();

  it('refuses to draft without a write token, with UNAUTHENTICATED', async () => {
    const { body } = await server.query(DRAFT, { text: report });
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });

  it('drafts the figures with their hedging and speaker, linked to the graph, and writes nothing', async () => {
    const before = await countNodes();
    const { body } = await server.query(DRAFT, { text: report }, auth);
    expect(body.errors).toBeUndefined();
    const draft = body.data.draftArticle;
    expect(await countNodes()).toBe(before);

    const figures = draft.bundle.figures.map((f: any) => ({ value: f.value, qualifier: f.qualifier, kind: f.attribution.kind, reportedBy: f.attribution.reportedBy ?? null, via: f.attribution.via ?? null }));
    expect(figures).toEqual([
      { value: 300, qualifier: 'MORE_THAN', kind: 'SAID', reportedBy: 'person:vitaliy-matvienko', via: 'org:financial-times' },
      { value: 40, qualifier: 'ABOUT', kind: 'REPORTED', reportedBy: null, via: null },
    ]);
    // Each figure's number phrase and sentence are where the draft says they are.
    const spans = draft.figures.map((f: any) => draft.text.slice(f.start, f.end));
    expect(spans).toEqual(['more than 300', 'about 40']);
    const evidence = draft.bundle.figures[0].evidence;
    expect(draft.text.slice(evidence.start, evidence.end)).toContain('told the Financial Times');
    // Nothing from the link box.
    expect(draft.bundle.figures.some((f: any) => f.value === 12)).toBe(false);
    expect(draft.mentions.find((m: any) => m.text === 'Vitaly Matviyenko')).toEqual({ text: 'Vitaly Matviyenko', entityId: 'person:vitaliy-matvienko', existing: true });
  });

  it('gives a draft that ingestArticle takes as it is', async () => {
    // A speaker of its own: other test files count the seed people's figures while this runs.
    const own = report.replace('Vitaly Matviyenko, who speaks for the GUR department on captured soldiers,', 'Petro Draftdesk, a spokesman for the Draftdesk Institute,');
    const { body } = await server.query(DRAFT, { text: own }, auth);
    const bundle = body.data.draftArticle.bundle;
    bundle.source.id = 'source:draftdesk-hotline-callers';
    const ingested = await server.query(
      /* GraphQL */ `mutation ($b: ArticleBundleInput!) { ingestArticle(bundle: $b) { source { id publisher published } unchanged } }`,
      { b: bundle },
      auth,
    );
    expect(ingested.body.errors).toBeUndefined();
    expect(ingested.body.data.ingestArticle).toEqual({
      source: { id: 'source:draftdesk-hotline-callers', publisher: 'Test Draft Desk', published: '2024-03-02' },
      unchanged: false,
    });
    const { body: read } = await server.query(/* GraphQL */ `{ figures(filter: { source: "source:draftdesk-hotline-callers" }) {
      edges { node { value qualifier evidence { start end } attribution { reportedBy { id } via { id } } } } } }`);
    const byValue = read.data.figures.edges.map((e: any) => e.node).sort((a: any, b: any) => b.value - a.value);
    expect(byValue.map((f: any) => f.value)).toEqual([300, 40]);
    expect(byValue[0].attribution).toEqual({ reportedBy: { id: 'person:petro-draftdesk' }, via: { id: 'org:financial-times' } });
    expect(byValue[0].evidence.start).toBeGreaterThan(0);
  });

  it.each([
    ['an empty text', '   \n  ', 'EMPTY_TEXT'],
    ['a text in another language', 'Гаряча лінія працює цілодобово, і на неї щодня телефонують десятки військових з різних регіонів.', 'NOT_ENGLISH'],
    ['binary data', '\u0000\u0001\u0002PNG\u0000\u0000\u0003', 'NOT_TEXT'],
  ])('refuses %s with BAD_USER_INPUT and reason %s', async (_, text, reason) => {
    const { body } = await server.query(DRAFT, { text }, auth);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|Neo4j|Cypher/);
  });
});
