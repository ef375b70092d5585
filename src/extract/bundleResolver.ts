import { nameKeys } from '../graph/nameKeys.js';
import type { Bundle } from '../ingest/bundleSchema.js';
import { bundleFiles, readJson } from '../ingest/readBundles.js';
import { validateBundle } from '../ingest/validateBundle.js';
import type { EntityCandidate, EntityResolver, EntityType, KnownMeasure } from './resolverTypes.js';

interface Indexed {
  id: string;
  type: EntityType;
  name: string;
  kind?: string;
}

/**
 * An EntityResolver over bundles held in memory, for the CLI and the evaluation (the server
 * uses the graph). Names and aliases are indexed under the strict and loose keys of
 * src/graph/nameKeys.ts: a strict match on the name ranks 0, on an alias 1, a loose match
 * (transliteration) 2. An entity repeated in several bundles is one entity with all its spellings.
 */
export function bundleResolver(bundles: Bundle[]): EntityResolver {
  const entities = new Map<string, Indexed>();
  const index = new Map<string, Map<string, number>>(); // key -> entity id -> best rank
  const add = (key: string, id: string, rank: number) => {
    firstWords.add(firstWordOf(key));
    let ids = index.get(key);
    if (ids === undefined) index.set(key, (ids = new Map()));
    ids.set(id, Math.min(ids.get(id) ?? rank, rank));
  };
  const measures: KnownMeasure[] = [];
  // First words of every key: most spellings of an article start with a word no name starts
  // with, and are ruled out without computing their full keys.
  const firstWords = new Set<string>();
  const firstWordOf = (key: string) => key.slice(2).split(' ')[0] ?? '';
  for (const bundle of bundles) {
    for (const entity of bundle.entities) {
      if (!entities.has(entity.id)) {
        const indexed: Indexed = { id: entity.id, type: entity.type, name: entity.name };
        if ('kind' in entity && entity.kind !== undefined) indexed.kind = entity.kind;
        entities.set(entity.id, indexed);
      }
      const name = nameKeys(entity.name);
      add(name.strict, entity.id, 0);
      add(name.loose, entity.id, 2);
      for (const alias of entity.aliases) {
        const keys = nameKeys(alias);
        add(keys.strict, entity.id, 1);
        add(keys.loose, entity.id, 2);
      }
    }
    for (const figure of bundle.figures) {
      const known: KnownMeasure = { measure: figure.measure, about: figure.about };
      if (figure.unit !== undefined) known.unit = figure.unit;
      if (figure.currency !== undefined) known.currency = figure.currency;
      measures.push(known);
    }
  }
  return {
    async resolve(spellings) {
      const answer = new Map<string, EntityCandidate[]>();
      const wordPasses = new Map<string, boolean>();
      for (const spelling of spellings) {
        if (answer.has(spelling)) continue;
        const word = spelling.split(/\s/)[0] ?? '';
        let passes = wordPasses.get(word);
        if (passes === undefined) {
          const keys = nameKeys(word);
          passes = firstWords.has(firstWordOf(keys.strict)) || firstWords.has(firstWordOf(keys.loose));
          wordPasses.set(word, passes);
        }
        if (!passes) continue;
        const { strict, loose } = nameKeys(spelling);
        if (strict === 's:') continue;
        const ranks = new Map<string, number>();
        for (const [id, rank] of index.get(strict) ?? []) ranks.set(id, rank);
        for (const [id] of index.get(loose) ?? []) if (!ranks.has(id)) ranks.set(id, 2);
        if (ranks.size === 0) continue;
        const candidates: EntityCandidate[] = [];
        for (const [id, rank] of ranks) {
          const entity = entities.get(id);
          if (entity !== undefined) candidates.push({ ...entity, rank });
        }
        candidates.sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
        answer.set(spelling, candidates);
      }
      return answer;
    },
    async knownMeasures(entityIds) {
      const wanted = new Set(entityIds);
      return measures.filter((known) => known.about.some((id) => wanted.has(id)));
    },
  };
}

/**
 * Reads and validates every bundle of a folder (or one file); invalid files are skipped and
 * reported in `rejected`. Never throws for a bad file; throws when the path does not exist.
 */
export function readValidBundles(path: string): { bundles: Array<{ file: string; bundle: Bundle }>; rejected: string[] } {
  const bundles: Array<{ file: string; bundle: Bundle }> = [];
  const rejected: string[] = [];
  for (const file of bundleFiles(path)) {
    const json = readJson(file);
    const checked = json.ok ? validateBundle(json.value) : null;
    if (checked?.ok === true) bundles.push({ file, bundle: checked.bundle });
    else rejected.push(file);
  }
  return { bundles, rejected };
}
