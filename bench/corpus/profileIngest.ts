import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embeddedNeo4j.js';
import { loadCypher } from '../../src/db/cypherStatements.js';
import { Executor } from '../../src/db/executor.js';
import { setupSchema } from '../../src/graph/setupSchema.js';
import { clustersFor } from './clusterModel.js';
import { ingestClusters } from './ingestCorpus.js';
import { clusterBundles } from './articles.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';
import { loadBundles } from '../../src/ingest/loadBundle.js';
import { toNative } from '../../src/db/toNative.js';
import { toParams } from '../../src/db/toParams.js';
import type { Row } from '../../src/db/executor.js';
import { runScript } from '../lib/script.js';

interface Plan { operatorType: string; arguments: Record<string, unknown>; dbHits: number; rows: number; time?: number; children: Plan[] }
function printPlan(plan: Plan, depth = 0): string {
  const details = String(plan.arguments['Details'] ?? '').slice(0, 140);
  const time = plan.arguments['Time'] !== undefined ? ` t=${(Number(plan.arguments['Time']) / 1e6).toFixed(1)}ms` : '';
  let out = `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits}${time} ${details}\n`;
  for (const child of plan.children) out += printPlan(child, depth + 1);
  return out;
}

/**
 * `node dist/bench/corpus/profileIngest.js [--scales 10k,100k] [--concurrency 2] [--bundles-per-tx 10]`:
 * loads the corpus like cli.ts and prints, per scale, where the time went: wall time of each
 * named statement (summed over transactions), CPU seconds of this Node process and of Neo4j.
 */
const ticks = 100;
const cpuOf = (pid: number | 'self') => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticks;
};

async function main(argv: string[]): Promise<void> {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const scales = (value('scales') ?? '10k,100k').split(',').map((s) => Number(s.replace(/k$/i, '')) * (s.toLowerCase().endsWith('k') ? 1e3 : 1));
  const concurrency = Number(value('concurrency') ?? 2);
  const bundlesPerTransaction = Number(value('bundles-per-tx') ?? 10);
  const dataDir = mkdtempSync(join(os.tmpdir(), 'newsgraph-profile-'));
  let database: EmbeddedNeo4j | undefined;
  try {
    database = await startEmbeddedNeo4j({ dataDir, boltPort: 0, heapMb: 3072, pageCacheMb: 3072 });
    const driver = neo4j.driver(database.boltUri, undefined, { maxTransactionRetryTime: 120_000 });
    const statements = loadCypher();
    const executor = new Executor({ driver, statements });
    // PROFILE_SKIP_SCHEMA=name,...: leave out some schema statements, to see what an index costs.
    const skip = new Set((process.env.PROFILE_SKIP_SCHEMA ?? '').split(',').filter(Boolean).map((name) => `schema/${name}`));
    await setupSchema(executor, [...statements.keys()].filter((name) => !skip.has(name)));
    const timings = new Map<string, { n: number; ms: number }>();
    const original = executor.writeTransaction.bind(executor);
    executor.writeTransaction = (async (work: Parameters<Executor['writeTransaction']>[0]) => {
      const started = process.hrtime.bigint();
      let inWork = 0n;
      const result = await original(async (run, counters) => {
        const t0 = process.hrtime.bigint();
        try {
          return await work(async (name, params) => {
          const t = process.hrtime.bigint();
          try {
            return await run(name, params);
          } finally {
            const entry = timings.get(name) ?? { n: 0, ms: 0 };
            entry.n += 1;
            entry.ms += Number(process.hrtime.bigint() - t) / 1e6;
            timings.set(name, entry);
          }
        }, counters);
        } finally {
          inWork += process.hrtime.bigint() - t0;
        }
      });
      const entry = timings.get('(tx outside work: commit, begin)') ?? { n: 0, ms: 0 };
      entry.n += 1;
      entry.ms += Number(process.hrtime.bigint() - started - inWork) / 1e6;
      timings.set('(tx outside work: commit, begin)', entry);
      return result;
    }) as Executor['writeTransaction'];
    let loaded = 0;
    for (const scale of scales) {
      timings.clear();
      const clusters = clustersFor(scale);
      const node0 = cpuOf('self');
      const db0 = cpuOf(database.pid);
      const report = await ingestClusters(executor, 'newsgraph-bench-1', loaded, clusters, { concurrency, bundlesPerTransaction });
      loaded = clusters;
      const node = cpuOf('self') - node0;
      const db = cpuOf(database.pid) - db0;
      process.stdout.write(
        `${scale}: ${report.figures} figures in ${report.seconds} s = ${report.figuresPerSecond} figures/s; CPU node ${node.toFixed(1)} s, neo4j ${db.toFixed(1)} s; validate ${report.validateSeconds} s\n`,
      );
      try {
        const stacks = execFileSync('jstack', [String(database.pid)], { encoding: 'utf8', maxBuffer: 64 << 20 });
        const groups = new Map<string, number>();
        for (const match of stacks.matchAll(/^"([^"#]*?)(?:-\d+)?(?: \[[^\]]*\])?"[^\n]*?cpu=([0-9.]+)ms/gm)) {
          const name = match[1]!.replace(/\d+$/, '').replace(/#.*/, '');
          groups.set(name, (groups.get(name) ?? 0) + Number(match[2]) / 1000);
        }
        process.stdout.write(`  neo4j threads (cumulative CPU s): ${[...groups].filter(([, v]) => v > 0.5).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}\n`);
      } catch {
        // no jstack
      }
      for (const [name, t] of [...timings].sort((a, b) => b[1].ms - a[1].ms)) {
        process.stdout.write(`  ${name.padEnd(32)} ${String(t.n).padStart(6)} × ${(t.ms / t.n).toFixed(1).padStart(8)} ms = ${(t.ms / 1000).toFixed(1)} s\n`);
      }
    }
    const profileCluster = value('profile-cluster');
    if (profileCluster !== undefined) {
      const bundles = [...clusterBundles('newsgraph-bench-1', Number(profileCluster))].slice(0, bundlesPerTransaction).map((b) => {
        const checked = validateBundle(b);
        if (!checked.ok) throw new Error('invalid');
        return checked.bundle;
      });
      const session = driver.session();
      const tx = session.beginTransaction();
      const profiler = new Executor({ driver, statements });
      profiler.writeTransaction = (async (work: Parameters<Executor['writeTransaction']>[0]) => {
        const counters = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, relationshipsDeleted: 0, nodesDeleted: 0 };
        return work(async (name: string, params: Row = {}) => {
          const text = statements.get(name)!;
          const lines = text.split('\n');
          const profiled = lines[0]!.startsWith('CYPHER') ? [lines[0], 'PROFILE', ...lines.slice(1)].join('\n') : `PROFILE ${text}`;
          const t = process.hrtime.bigint();
          const result = await tx.run(profiled, toParams(params) as Row);
          const ms = Number(process.hrtime.bigint() - t) / 1e6;
          process.stdout.write(`\n=== ${name}: ${ms.toFixed(0)} ms\n${printPlan(result.summary.profile as unknown as Plan)}`);
          return result.records.map((record) => toNative(record.toObject()) as Row);
        }, counters);
      }) as Executor['writeTransaction'];
      await loadBundles(profiler, bundles);
      const t = process.hrtime.bigint();
      await tx.commit();
      process.stdout.write(`commit: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms\n`);
      await session.close();
    }
    await driver.close();
  } finally {
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runScript(main);
