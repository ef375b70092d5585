import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embeddedNeo4j.js';
import { loadCypher } from '../../src/db/cypherStatements.js';
import { Executor } from '../../src/db/executor.js';
import { setupSchema } from '../../src/graph/setupSchema.js';
import { loadBundle } from '../../src/ingest/loadBundle.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';
import { startTestServer, type TestServer } from '../support/graph.js';
import { syntheticBundle } from '../support/syntheticBundle.js';

/** This file runs its own Neo4j (not the shared one) because it stops and kills it. */
// Each test starts and stops a JVM, while other files share the two cores: allow for that.
const jvmTestTimeout = 240_000;
const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-trouble-'));
let neo4j: EmbeddedNeo4j | undefined;
let server: TestServer | undefined;

afterAll(async () => {
  await server?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const start = (port: number) => startEmbeddedNeo4j({ dataDir, boltPort: port, heapMb: 512, pageCacheMb: 64 });
const portOf = (uri: string) => Number(uri.split(':').at(-1));

async function readyStatus(): Promise<number> {
  return (await fetch(`${server!.url}/readyz`)).status;
}

describe('when Neo4j goes away', () => {
  it('answers 503 and SERVICE_UNAVAILABLE within 5 s while Neo4j is down, and recovers without a restart', async () => {
    neo4j = await start(0);
    const port = portOf(neo4j.boltUri);
    server = await startTestServer(neo4j.boltUri);
    const statements = loadCypher();
    // The set-up writes run without the server's 10 s query timeout: a JVM that has just
    // started on a busy machine may plan its first statements slowly.
    const setup = new Executor({ driver: server.graph.driver, statements });
    await setupSchema(setup, statements.keys());
    const checked = validateBundle(syntheticBundle('trouble', 2));
    if (!checked.ok) throw new Error('bundle');
    await loadBundle(setup, checked.bundle);
    expect(await readyStatus()).toBe(200);

    await neo4j.stop();
    expect(await readyStatus()).toBe(503);
    const started = Date.now();
    const { status, body } = await server.query('{ entity(name: "Agency trouble") { id } }');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(status).toBe(200);
    expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/Neo4j|bolt:|ECONNREFUSED|at .*\.js/);

    neo4j = await start(port);
    const back = Date.now();
    let ready = 0;
    while (Date.now() - back < 30_000 && (ready = await readyStatus()) !== 200) await new Promise((r) => setTimeout(r, 250));
    expect(ready).toBe(200);
    console.info(`recovered ${Date.now() - back} ms after Neo4j was back`);
    const again = await server.query('{ entity(name: "Agency trouble") { id } }');
    expect(again.body).toEqual({ data: { entity: { id: 'org:trouble-agency' } } });
  }, jvmTestTimeout);

  it('keeps every committed bundle and no partial one when Neo4j is killed with SIGKILL during ingests', async () => {
    const port = portOf(neo4j!.boltUri);
    const executor = new Executor({ driver: server!.graph.driver, statements: loadCypher() });
    const committed: string[] = [];
    const attempted: string[] = [];
    let stop = false;
    const stream = (async () => {
      for (let i = 0; !stop && i < 500; i += 1) {
        const tag = `kill${i}x`;
        const checked = validateBundle(syntheticBundle(tag, 20));
        if (!checked.ok) throw new Error('bundle');
        attempted.push(tag);
        try {
          await loadBundle(executor, checked.bundle);
          committed.push(tag);
        } catch {
          return;
        }
      }
    })();
    while (committed.length < 3) await new Promise((r) => setTimeout(r, 20));
    process.kill(neo4j!.pid, 'SIGKILL');
    stop = true;
    await stream;
    await neo4j!.exited;

    neo4j = await start(port);
    let counts: Map<string, number> | undefined;
    const back = Date.now();
    while (counts === undefined && Date.now() - back < 30_000) {
      try {
        const { records } = await server!.graph.driver.executeQuery(
          `MATCH (n) WHERE (n:Entity OR n:Figure OR n:Source) AND n.id CONTAINS ':kill'
           RETURN split(split(n.id, ':')[1], 'x')[0] AS tag, count(*) AS nodes`,
        );
        counts = new Map(records.map((record) => [`${record.get('tag')}x`, record.get('nodes').toNumber()]));
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    expect(counts).toBeDefined();
    // A bundle of size 20: agency, city, 20 people, 20 events, 20 figures, the source = 63 nodes.
    for (const tag of committed) expect(counts!.get(tag)).toBe(63);
    for (const tag of attempted) expect([undefined, 63]).toContain(counts!.get(tag));
    expect(committed.length).toBeGreaterThanOrEqual(3);
  }, jvmTestTimeout);
});
