import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../src/config/projectRoot.js';
import { startEmbeddedNeo4j } from '../src/db/embeddedNeo4j.js';
import { loadCypher } from '../src/db/cypherStatements.js';
import { Executor } from '../src/db/executor.js';
import { setupSchema } from '../src/graph/setupSchema.js';
import { buildCluster, clustersFor } from './corpus/clusterModel.js';
import { ingestClusters } from './corpus/ingestCorpus.js';
import { emptySamples, runLoad, summarise } from './lib/load.js';
import { cpuSecondsOf, startNodeProcess, type ManagedProcess } from './lib/processes.js';
import { round } from './lib/stats.js';
import { queryKinds } from './mix/documents.js';
import { buildMix, systems, type System } from './mix/mix.js';
import { runScript } from './lib/script.js';

/**
 * `npm run bench:by-kind -- [--scale 10k] [--seconds 8] [--kinds path,search]`: where the time
 * goes. Loads the corpus at one scale, then runs each query kind of the mix on its own against
 * each system and prints throughput and CPU milliseconds per request of the server process and
 * of Neo4j. A tool for finding what to optimise, not a result: `npm run bench` is the result.
 */
async function main(argv: string[]): Promise<void> {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const scaleText = value('scale') ?? '10k';
  const scale = Number(scaleText.replace(/k$/i, '000').replace(/m$/i, '000000'));
  const seconds = Number(value('seconds') ?? 8);
  const kinds = value('kinds')?.split(',') ?? queryKinds;
  const only = value('systems')?.split(',') ?? systems;

  const dataDir = mkdtempSync(join(os.tmpdir(), 'newsgraph-bykind-'));
  const database = await startEmbeddedNeo4j({ dataDir, boltPort: 0, heapMb: 2048, pageCacheMb: 2048 });
  const driver = neo4j.driver(database.boltUri, undefined, { maxTransactionRetryTime: 120_000 });
  const servers: Partial<Record<System, ManagedProcess>> = {};
  try {
    const statements = loadCypher();
    const executor = new Executor({ driver, statements });
    await setupSchema(executor, statements.keys());
    const clusters = clustersFor(scale);
    const ingest = await ingestClusters(executor, 'newsgraph-bench-1', 0, clusters, { concurrency: 2, bundlesPerTransaction: 10 });
    process.stdout.write(`loaded ${ingest.figures} figures in ${ingest.seconds} s\n`);
    const dist = join(projectRoot(), 'dist');
    const env = { BOLT_URI: database.boltUri };
    const start: Record<System, () => Promise<ManagedProcess>> = {
      ours: () => startNodeProcess('ours', join(dist, 'src', 'main.js'), { NEO4J_URI: database.boltUri, PORT: '0', HOST: '127.0.0.1', SEED: 'off', LOG_LEVEL: 'warn' }, /newsgraph is ready: (http:\/\/[\d.:]+)/),
      'neo4j-graphql': () => startNodeProcess('neo4j-graphql', join(dist, 'bench', 'neo4j-graphql', 'server.js'), env, /LISTENING (http:\/\/[\d.:]+)/),
      raw: () => startNodeProcess('raw', join(dist, 'bench', 'raw', 'server.js'), env, /LISTENING (http:\/\/[\d.:]+)/),
    };
    for (const system of systems) if (only.includes(system)) servers[system] = await start[system]();
    const catalogs = Array.from({ length: clusters }, (_, c) => buildCluster('newsgraph-bench-1', c).catalog);
    const mix = buildMix(catalogs, 16);
    process.stdout.write(`kind | system | req/s | p50 ms | server CPU ms/req | Neo4j CPU ms/req\n`);
    for (const kind of kinds) {
      const requests = mix.filter((item) => item.kind === kind);
      for (const system of systems) {
        const server = servers[system];
        if (server === undefined) continue;
        await runLoad(system, server.url, requests, { connections: 8, seconds: 2 }, emptySamples());
        const before = { server: cpuSecondsOf(server.pid) ?? 0, neo4j: cpuSecondsOf(database.pid) ?? 0 };
        const samples = emptySamples();
        await runLoad(system, server.url, requests, { connections: 8, seconds }, samples);
        const summary = summarise(samples);
        const per = (delta: number) => round((delta * 1000) / Math.max(1, summary.requests), 2);
        process.stdout.write(
          `${kind} | ${system} | ${summary.throughput} | ${summary.p50} | ${per((cpuSecondsOf(server.pid) ?? 0) - before.server)} | ${per((cpuSecondsOf(database.pid) ?? 0) - before.neo4j)}${summary.errors > 0 ? ` | ${summary.errors} errors` : ''}\n`,
        );
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
    await driver.close();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runScript(main);
