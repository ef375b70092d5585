import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../../web/src/explore/generated/graphql.js';
import { explorerViews } from '../../src/server/warmPlans.js';
import { startTestServer, type TestServer } from '../support/graph.js';

/**
 * After listening, the server asks each of the explorer's views once, so that Neo4j has
 * planned their statements before the first visitor opens one (src/server/warmPlans.ts).
 */
describe("planning the explorer's views at start-up", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(undefined, { warmPlans: true });
  });
  afterAll(async () => server.close());

  it('runs every view the explorer reads with, each without an error other than the unknown name', async () => {
    expect(await server.warmed).toBe(explorerViews.length);
  });

  it('covers every query document of the explorer (a new view must be added to the list)', () => {
    const queries = Object.entries(generated)
      .filter(([name, value]) => name.endsWith('Document') && /^\s*query\b/.test(String(value)))
      .map(([name]) => name);
    const warmed = new Set(explorerViews.map((view) => String(view.document)));
    expect(queries.filter((name) => !warmed.has(String(generated[name as keyof typeof generated])))).toEqual([]);
    expect(queries.length).toBeGreaterThanOrEqual(10);
  });

  it('is off unless asked for', async () => {
    const plain = await startTestServer();
    try {
      expect(await plain.warmed).toBe(0);
    } finally {
      await plain.close();
    }
  });
});
