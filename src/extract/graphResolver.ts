import type { Executor } from '../db/executor.js';
import { nameKeys } from '../graph/nameKeys.js';
import type { EntityCandidate, EntityResolver, KnownMeasure } from './resolverTypes.js';

/**
 * The extractor's entity linking over the graph: the name keys every ingest writes, the same
 * ranking as `entity(name:)`. One statement per call, whatever the number of spellings.
 */
export function graphResolver(executor: Executor): EntityResolver {
  return {
    async resolve(spellings) {
      const lookups = [...new Set(spellings)].map((text) => ({ text, ...nameKeys(text) }));
      const found = new Map<string, EntityCandidate[]>();
      if (lookups.length === 0) return found;
      for (const row of await executor.read('extract/resolve-spellings', { lookups })) {
        const candidates = (row.candidates as Array<EntityCandidate & { kind: string | null }>).map(({ kind, ...candidate }) =>
          kind === null || kind === undefined ? candidate : { ...candidate, kind },
        );
        if (candidates.length > 0) found.set(row.text as string, candidates);
      }
      return found;
    },
    async knownMeasures(ids) {
      if (ids.length === 0) return [];
      const rows = await executor.read('extract/known-measures', { ids: [...new Set(ids)] });
      return rows.map((row) => {
        const known: KnownMeasure = { measure: row.measure as string, about: row.about as string[] };
        if (row.unit != null) known.unit = row.unit as string;
        if (row.currency != null) known.currency = row.currency as string;
        return known;
      });
    },
  };
}
