import type { Executor } from '../db/executor.js';
import type { RunInTx } from './claims/recompute.js';

/**
 * Source.entityCount and Source.figureCount are stored on each source (reading them costs two
 * property reads wherever a source record sits in a statement; counting walks every citation,
 * claims' included, about 0.15 ms a source at 100k). Every write that adds or takes away an
 * entity's or a figure's citation recounts the sources it touched, in its own transaction.
 */
export async function recountSources(run: RunInTx, sourceIds: readonly string[]): Promise<void> {
  if (sourceIds.length > 0) await run('sources/recount', { ids: [...sourceIds] });
}

/**
 * After an entity merge or its undoing: the sources the entities cite now (the duplicate's
 * citations move to the survivor and back).
 */
export async function recountSourcesOf(run: RunInTx, entityIds: readonly string[]): Promise<void> {
  const rows = await run('sources/cited-by-entities', { ids: [...entityIds] });
  await recountSources(
    run,
    rows.map((row) => row.id as string),
  );
}

/** At start-up: counts the sources a store written before the counts were kept lacks. Returns how many. */
export async function countUncountedSources(executor: Executor): Promise<number> {
  const ids = (await executor.read('sources/uncounted')).map((row) => row.id as string);
  if (ids.length > 0) await executor.writeTransaction((run) => recountSources(run, ids));
  return ids.length;
}
