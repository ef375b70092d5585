import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embeddedNeo4j.js';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { loadCypher } from '../src/db/cypherStatements.js';
import { setupSchema } from '../src/graph/setupSchema.js';
import { seed } from '../src/ingest/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    boltUri: string;
  }
}

let neo4j: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

/**
 * Builds what the tests run (the launcher jar and dist/ for the start-up tests), starts one
 * real Neo4j on a free port with a throw-away data directory, applies the schema, loads the
 * seed bundles, and hands the Bolt URI to the tests. Torn down after the run.
 */
export async function setup(project: TestProject): Promise<void> {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed; see above');

  dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-test-neo4j-'));
  neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, heapMb: 1024, pageCacheMb: 256 });
  const driver = createDriver({ uri: neo4j.boltUri });
  try {
    const statements = loadCypher();
    const executor = new Executor({ driver, statements });
    await setupSchema(executor, statements.keys());
    await seed(executor);
  } finally {
    await driver.close();
  }
  project.provide('boltUri', neo4j.boltUri);
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
}
