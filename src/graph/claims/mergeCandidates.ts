import type { Executor } from '../executor.js';
import type { EntityRecord } from '../records.js';

export interface MergeCandidateRecord {
  keep: EntityRecord;
  duplicate: EntityRecord;
  reason: string;
}

type Counted = EntityRecord & { sourceCount: number };

/** Shown to people: "s:kuzminov" reads as “kuzminov”, a loose key as “kuzminov (transliteration)”. */
function describeKey(key: string): string {
  return key.startsWith('l:') ? `“${key.slice(2)}” (by transliteration)` : `“${key.slice(2)}”`;
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
    return { keep, duplicate, reason: `both are spelt ${keys.map(describeKey).join(', ')}` };
  });
}
