import type { Executor } from '../db/executor.js';
import type { Loaders } from './loaders.js';
import type { RootRead } from './plan/requestStatement.js';
import type { Row } from '../db/executor.js';

/**
 * What a query kind (src/graph/queries/) needs of the request: its reader, which folds every
 * root field's read into one statement, its loaders, and its executor (for reads outside that
 * statement; the query kinds of today need none).
 */
export interface RequestGraph {
  read(read: RootRead): Promise<Row[]>;
  loaders: Loaders;
  executor: Executor;
}
