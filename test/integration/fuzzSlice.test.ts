import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzz } from '../tools/fuzzer.js';
import { startTestServer, type TestServer } from '../support/graph.js';

/** A small seeded slice of `npm run fuzz` (which sends 5,000 cases), so CI keeps it honest. */
describe('fuzzing, seeded slice', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('answers 400 generated and mutated requests without a 5xx or a leaked internal', async () => {
    const report = await fuzz(`${server.url}/graphql`, 400, 20261126, 4);
    expect(report.cases).toBe(400);
    expect(report.serverErrors).toEqual([]);
    expect(report.leaks).toEqual([]);
    // A request judged to need only its compiled statement never needed a second transaction.
    expect(report.mispredicted).toEqual([]);
    expect(report.autoCommitted).toBeGreaterThan(20);
    // The mix really exercises both answers and refusals.
    expect(report.byStatus['200']).toBeGreaterThan(50);
    expect(report.byStatus['400']).toBeGreaterThan(50);
  });
});
