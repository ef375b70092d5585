import DataLoader from 'dataloader';
import type { Executor } from './executor.js';
import type { EntityRecord } from './records.js';

/**
 * Per-request batch loaders: every field that needs rows by key goes through one of these,
 * so a request costs one query per kind of data, not one per row.
 */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
}

export function createLoaders(executor: Executor): Loaders {
  return {
    entity: new DataLoader(async (ids) => {
      const rows = await executor.read('entities/by-ids', { ids: [...ids] });
      const byId = new Map(rows.map((row) => [row.id as string, (row.entity ?? null) as EntityRecord | null]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
