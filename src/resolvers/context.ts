import type { Executor } from '../db/executor.js';
import type { Logger } from '../log.js';
import { createLoaders, type Loaders } from '../graph/loaders.js';
import type { WriteAccess } from '../auth/writeTokens.js';

/** What every resolver receives. Built fresh for each request: loaders never share a cache across requests. */
export interface GraphContext {
  requestId: string;
  executor: Executor;
  loaders: Loaders;
  logger: Logger;
  /** Whether this request may run mutations (decided from its Authorization header). */
  writeAccess: WriteAccess;
}

export function createContext(base: Executor, logger: Logger, requestId: string, writeAccess: WriteAccess): GraphContext {
  const executor = base.forRequest();
  return { requestId, executor, loaders: createLoaders(executor), logger: logger.child({ requestId }), writeAccess };
}
