import type { Executor } from '../../db/executor.js';
import type { EntityRecord } from '../records.js';

export interface MergeCandidateRecord {
  keep: EntityRecord;
  duplicate: EntityRecord;
  reason: string;
}

type Counted = EntityRecord & { sourceCount: number };

/** In words: the spellings they share strictly, or that their names differ by transliteration only. */
function describe(a: EntityRecord, b: EntityRecord, keys: readonly string[]): string {
  const strict = keys.filter((key) => key.startsWith('s:')).map((key) => `“${key.slice(2)}”`);
  if (strict.length > 0) return `both are spelt ${strict.join(', ')}`;
  return `“${a.name}” and “${b.name}” differ only by transliteration`;
}

/**
 * Pairs of entities of one type that share a spelling and are not merged, most shared
 * spellings first. `keep` is the one more sources name (ties: the smaller id).
 */
export async function mergeCandidates(executor: Executor, first: number): Promise<MergeCandidateRecord[]> {
  const rows = await executor.read('claims/merge-candidates');
  return rows.slice(0, first).map((row) => {
    const a = row.a as Counted;
    const b = row.b as Counted;
    const [keep, duplicate] = b.sourceCount > a.sourceCount ? [b, a] : [a, b];
    const keys = [...new Set(row.keys as string[])].sort();
    return { keep, duplicate, reason: describe(keep, duplicate, keys) };
  });
}
