import type { Executor } from '../db/executor.js';

/**
 * Applies every constraint and index in cypher/schema/ (all written IF NOT EXISTS, so this is
 * idempotent), then waits for the indexes to come online so the first query can use them.
 */
export async function setupSchema(executor: Executor, names: Iterable<string>): Promise<void> {
  for (const name of names) {
    if (name.startsWith('schema/')) await executor.write(name);
  }
  await executor.write('admin/await-indexes');
}
