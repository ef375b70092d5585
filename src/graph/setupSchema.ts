import type { Executor } from '../db/executor.js';
import { countUncountedSources } from './sourceCounts.js';

/**
 * Applies every constraint and index in cypher/schema/ (all written IF NOT EXISTS, so this is
 * idempotent), then waits for the indexes to come online so the first query can use them.
 * Sources written before their counts were kept are counted (./sourceCounts.ts).
 */
export async function setupSchema(executor: Executor, names: Iterable<string>): Promise<void> {
  for (const name of names) {
    if (name.startsWith('schema/')) await executor.write(name);
  }
  await executor.write('admin/await-indexes');
  await countUncountedSources(executor);
}
