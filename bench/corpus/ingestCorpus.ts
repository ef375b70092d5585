import type { Executor } from '../../src/db/executor.js';
import type { Bundle } from '../../src/ingest/bundleSchema.js';
import { loadBundle, loadBundles } from '../../src/ingest/loadBundle.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';
import { clusterBundles } from './articles.js';

export interface IngestReport {
  clusters: { from: number; to: number };
  bundles: number;
  figures: number;
  nodesCreated: number;
  relationshipsCreated: number;
  seconds: number;
  figuresPerSecond: number;
  nodesPerSecond: number;
  bundlesPerSecond: number;
  /** Share of the wall time spent validating bundles in Node (zod), summed over workers. */
  validateSeconds: number;
  concurrency: number;
  bundlesPerTransaction: number;
}

export interface IngestOptions {
  /** Clusters loaded at the same time, each by its own sequence of transactions. */
  concurrency: number;
  /**
   * 1: one transaction per bundle, exactly as `npm run ingest` does. More: that many bundles
   * in one transaction through loadBundles, the same statements with more rows (a bulk load;
   * all of the batch or none).
   */
  bundlesPerTransaction: number;
  onProgress?: (done: { clusters: number; bundles: number; figures: number; seconds: number }) => void;
}

/**
 * Loads clusters [from, to) of the corpus through the product's ingest path: every article
 * bundle is checked by validateBundle and written by loadBundle (one transaction per bundle) or loadBundles.
 * `concurrency` workers each take the next cluster, so concurrent transactions touch different
 * clusters and only share the few global hubs. Throws on the first invalid bundle (a generator bug).
 */
export async function ingestClusters(executor: Executor, seed: string, from: number, to: number, options: IngestOptions): Promise<IngestReport> {
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  let next = from;
  let clustersDone = 0;
  const totals = { bundles: 0, figures: 0, nodesCreated: 0, relationshipsCreated: 0, validateSeconds: 0 };

  const writeBatch = async (bundles: Bundle[]) => {
    const counters = options.bundlesPerTransaction <= 1 ? await loadBundle(executor, bundles[0]!) : await loadBundles(executor, bundles);
    totals.bundles += bundles.length;
    for (const bundle of bundles) totals.figures += bundle.figures.length;
    totals.nodesCreated += counters.nodesCreated;
    totals.relationshipsCreated += counters.relationshipsCreated;
  };
  const worker = async () => {
    // The next batch is generated and validated while the previous one is being written: Node
    // and Neo4j work at the same time, and one worker's transactions still come one after another.
    let writing: Promise<void> | null = null;
    const write = async (bundles: Bundle[]) => {
      if (writing !== null) await writing;
      writing = writeBatch(bundles);
    };
    for (let cluster = next++; cluster < to; cluster = next++) {
      let batch: Bundle[] = [];
      for (const bundle of clusterBundles(seed, cluster)) {
        const checkStarted = process.hrtime.bigint();
        const checked = validateBundle(bundle);
        totals.validateSeconds += Number(process.hrtime.bigint() - checkStarted) / 1e9;
        if (!checked.ok) {
          throw new Error(`corpus bundle ${bundle.source.id} is invalid: ${checked.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
        }
        batch.push(checked.bundle);
        if (batch.length >= options.bundlesPerTransaction) {
          await write(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await write(batch);
      clustersDone++;
      options.onProgress?.({ clusters: clustersDone, bundles: totals.bundles, figures: totals.figures, seconds: seconds() });
    }
    if (writing !== null) await writing;
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));

  const elapsed = seconds();
  return {
    clusters: { from, to },
    bundles: totals.bundles,
    figures: totals.figures,
    nodesCreated: totals.nodesCreated,
    relationshipsCreated: totals.relationshipsCreated,
    seconds: round(elapsed, 2),
    figuresPerSecond: Math.round(totals.figures / elapsed),
    nodesPerSecond: Math.round(totals.nodesCreated / elapsed),
    bundlesPerSecond: round(totals.bundles / elapsed, 1),
    validateSeconds: round(totals.validateSeconds, 2),
    concurrency: options.concurrency,
    bundlesPerTransaction: options.bundlesPerTransaction,
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
