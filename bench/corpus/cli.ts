import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embeddedNeo4j.js';
import { loadCypher } from '../../src/db/cypherStatements.js';
import { Executor } from '../../src/db/executor.js';
import { setupSchema } from '../../src/graph/setupSchema.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';
import { clusterBundles } from './articles.js';
import { clustersFor } from './clusterModel.js';
import { ingestClusters } from './ingestCorpus.js';
import { runScript } from '../lib/script.js';

/**
 * `npm run bench:corpus -- [options]`: the synthetic corpus on its own.
 *
 *   --scales 10k,100k   sizes in domain nodes (entities + figures + sources), loaded one after
 *                       the other into one throw-away embedded Neo4j; prints the ingest rate
 *                       and load time of each step (default 10k,100k)
 *   --out <folder>      instead: write the bundles of the largest scale as JSON files, for
 *                       `npm run ingest -- <folder>` or a look at the data
 *   --seed <text>       corpus seed (default newsgraph-bench-1, as `npm run bench`)
 *   --concurrency <n>   clusters loaded at once (default 1)
 *   --bundles-per-tx <n> bundles per transaction (default 1: exactly `npm run ingest`)
 */
async function main(argv: string[]): Promise<number> {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const scales = (value('scales') ?? '10k,100k').split(',').map((s) => {
    const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
    if (match === null) throw new Error(`--scales: expected sizes such as 10k,100k,1m, got "${s}"`);
    return Math.round(Number(match[1]) * ({ '': 1, k: 1e3, m: 1e6 } as const)[match[2]!.toLowerCase() as '' | 'k' | 'm']);
  });
  const seed = value('seed') ?? 'newsgraph-bench-1';
  const concurrency = Number(value('concurrency') ?? 1);
  const bundlesPerTransaction = Number(value('bundles-per-tx') ?? 1);
  const out = value('out');

  if (out !== undefined) {
    mkdirSync(out, { recursive: true });
    const clusters = clustersFor(Math.max(...scales));
    let files = 0;
    let figures = 0;
    for (let cluster = 0; cluster < clusters; cluster++) {
      for (const bundle of clusterBundles(seed, cluster)) {
        const checked = validateBundle(bundle);
        if (!checked.ok) throw new Error(`bundle ${bundle.source.id} is invalid: ${JSON.stringify(checked.problems.slice(0, 3))}`);
        writeFileSync(join(out, `${bundle.source.id.slice('source:'.length)}.json`), `${JSON.stringify(bundle, null, 2)}\n`);
        files++;
        figures += bundle.figures.length;
      }
    }
    process.stdout.write(`wrote ${files} bundles (${clusters} clusters, ${figures} figures) to ${out}\n`);
    return 0;
  }

  const dataDir = mkdtempSync(join(os.tmpdir(), 'newsgraph-bench-corpus-'));
  let database: EmbeddedNeo4j | undefined;
  try {
    database = await startEmbeddedNeo4j({ dataDir, boltPort: 0, heapMb: 3072, pageCacheMb: 3072 });
    const driver = neo4j.driver(database.boltUri, undefined, { maxTransactionRetryTime: 120_000 });
    try {
      const statements = loadCypher();
      const executor = new Executor({ driver, statements });
      await setupSchema(executor, statements.keys());
      let loaded = 0;
      let total = 0;
      process.stdout.write(`seed ${seed}; ${concurrency} cluster(s) at a time, ${bundlesPerTransaction} bundle(s) per transaction\n`);
      for (const scale of scales) {
        const clusters = clustersFor(scale);
        const report = await ingestClusters(executor, seed, loaded, clusters, { concurrency, bundlesPerTransaction });
        loaded = clusters;
        total += report.seconds;
        process.stdout.write(
          `${scale} nodes (${clusters} clusters): +${report.bundles} bundles, +${report.figures} figures in ${report.seconds} s ` +
            `(${report.figuresPerSecond} figures/s, ${report.nodesPerSecond} nodes/s incl. name keys); ${Math.round(total)} s from empty\n`,
        );
      }
    } finally {
      await driver.close();
    }
    return 0;
  } finally {
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runScript(main);
