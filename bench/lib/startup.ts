import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/projectRoot.js';
import { startNodeProcess } from './processes.js';

export interface StartupTiming {
  /** Seconds from spawning `node dist/src/main.js` to its "ready" line. */
  seconds: number;
  /** Of which: starting the embedded Neo4j (from the server's own log). */
  neo4jSeconds: number | null;
}

/**
 * What `npm start` does once built (`node dist/src/main.js`), timed twice on a throw-away data
 * folder: first start (empty store: Neo4j creates it, the schema is applied, the seed article is
 * loaded), then a restart on the same store. Ports are picked free.
 */
export async function measureStartup(): Promise<{ firstStart: StartupTiming; restart: StartupTiming }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-start-'));
  const once = async (): Promise<StartupTiming> => {
    const started = performance.now();
    const server = await startNodeProcess(
      'npm start',
      join(projectRoot(), 'dist', 'src', 'main.js'),
      { EMBEDDED_NEO4J_DIR: dataDir, EMBEDDED_NEO4J_BOLT_PORT: '0', PORT: '0', SEED: 'auto', LOG_LEVEL: 'info' },
      /newsgraph is ready: (\S+)/,
      120_000,
    );
    const seconds = (performance.now() - started) / 1000;
    const neo4jMs = /"ms":(\d+)[^\n]*embedded Neo4j is up|embedded Neo4j is up[^\n]*"ms":(\d+)/.exec(server.output());
    await server.stop(30_000);
    const ms = neo4jMs?.[1] ?? neo4jMs?.[2];
    return { seconds: Math.round(seconds * 10) / 10, neo4jSeconds: ms !== undefined ? Math.round(Number(ms) / 100) / 10 : null };
  };
  try {
    const firstStart = await once();
    const restart = await once();
    return { firstStart, restart };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
