import { join } from 'node:path';
import { projectRoot } from '../config/projectRoot.js';
import type { Executor } from '../db/executor.js';
import { loadBundle } from './loadBundle.js';
import { bundleFiles, readJson } from './readBundles.js';
import { validateBundle } from './validateBundle.js';

export const seedDir = (): string => join(projectRoot(), 'data', 'bundles');

/** Loads every bundle of data/bundles when the graph holds no entity, figure or source. Returns the loaded files. */
export async function seedIfEmpty(executor: Executor): Promise<string[]> {
  const [row] = await executor.read('admin/is-empty');
  if (row?.empty !== true) return [];
  return seed(executor);
}

/** Loads the seed bundles (idempotent). A broken seed file is a bug: it throws. */
export async function seed(executor: Executor): Promise<string[]> {
  const loaded: string[] = [];
  for (const file of bundleFiles(seedDir())) {
    const json = readJson(file);
    if (!json.ok) throw new Error(`seed bundle ${file} is not valid JSON: ${json.message}`);
    const result = validateBundle(json.value);
    if (!result.ok) {
      throw new Error(`seed bundle ${file} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    }
    await loadBundle(executor, result.bundle);
    loaded.push(file);
  }
  return loaded;
}
