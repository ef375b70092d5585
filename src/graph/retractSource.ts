import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/codes.js';
import { recomputePreferred } from './claims/recompute.js';
import type { Executor } from '../db/executor.js';

export interface RetractResult {
  figuresDeleted: number;
  entitiesDeleted: number;
  relationshipsDeleted: number;
}

/**
 * Removes a source and what only it supports, in one transaction: its claims go, and the plain
 * fields of every entity they were about are chosen again from the claims of the other sources.
 * NOT_FOUND when no source has the id.
 */
export async function retractSource(executor: Executor, sourceId: string): Promise<RetractResult> {
  return executor.writeTransaction(async (run) => {
    const [row] = await run('writes/retract-source', { sourceId });
    if (row === undefined) throw new GraphQLError(`retractSource: no source has the id "${sourceId}"`, { extensions: { code: ErrorCode.NOT_FOUND } });
    await recomputePreferred(run, row.affected as string[]);
    return {
      figuresDeleted: row.figuresDeleted as number,
      entitiesDeleted: row.entitiesDeleted as number,
      relationshipsDeleted: row.relationshipsDeleted as number,
    };
  });
}
