import type { Executor } from '../db/executor.js';
import type { Logger } from '../log.js';
import { createLoaders } from '../graph/loaders.js';
import { createRequestReader } from '../graph/plan/requestStatement.js';
import type { RequestGraph } from '../graph/requestGraph.js';
import type { WriteAccess } from '../auth/writeTokens.js';

/**
 * What every resolver receives. Built fresh for each request: loaders never share a cache
 * across requests, and `read` folds the request's root fields into one statement.
 */
export interface GraphContext extends RequestGraph {
  requestId: string;
  logger: Logger;
  /** Whether this request may run mutations (decided from its Authorization header). */
  writeAccess: WriteAccess;
}

export function createContext(base: Executor, logger: Logger, requestId: string, writeAccess: WriteAccess, foldReads = true): GraphContext {
  const executor = base.forRequest();
  const loaders = createLoaders(executor);
  return { requestId, executor, loaders, read: createRequestReader(executor, loaders, foldReads), logger: logger.child({ requestId }), writeAccess };
}
